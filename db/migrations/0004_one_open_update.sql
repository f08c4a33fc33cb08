-- An action has at most one open update (draft, submitted, returned or agency approved) per
-- reporting period. If a database already holds two, stop and say which: choosing which one to
-- withdraw is a person's decision, never the migration's.
DO $$
DECLARE
  clash text;
BEGIN
  SELECT string_agg(format('action id %s, period id %s: updates %s', action_id, coalesce(period_id, 0), ids), '; ')
    INTO clash
    FROM (
      SELECT action_id, period_id, string_agg(id::text, ', ' ORDER BY id) AS ids
        FROM progress_updates
       WHERE state IN ('draft', 'submitted', 'changes_requested', 'agency_approved')
       GROUP BY action_id, period_id
      HAVING count(*) > 1
    ) AS dup;
  IF clash IS NOT NULL THEN
    RAISE EXCEPTION 'More than one open progress update for the same action and period (%). Withdraw all but one, then migrate again.', clash;
  END IF;
END
$$;
--> statement-breakpoint
CREATE UNIQUE INDEX "progress_updates_one_open_idx" ON "progress_updates" USING btree ("action_id",coalesce("period_id", 0)) WHERE "progress_updates"."state" in ('draft', 'submitted', 'changes_requested', 'agency_approved');
