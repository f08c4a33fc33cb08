/** The Atom feeds of published updates: the whole plan (/feed.xml) or one workstream. */
import { buildAtomFeed } from "@/lib/public/atom";
import type { PublicPlan, PublicUpdate, PublicWorkstream } from "@/lib/public/types";
import { STAGE_LABELS } from "@/lib/status/vocabulary";

/**
 * Ids that stay the same wherever Mahere is served from (tag URIs, RFC 4151), so moving to a new
 * address never makes a feed reader show every update again.
 */
const TAG = "tag:tec.govt.nz,2026:mahere";

/** A feed carries the newest updates only: readers poll it, and the full history is in the API. */
export const FEED_ENTRIES = 50;

/** `updates`: the newest FEED_ENTRIES published updates (of the workstream's actions, for its feed), newest first. */
export function updateFeed(
  plan: PublicPlan,
  updates: readonly PublicUpdate[],
  origin: string,
  workstream?: PublicWorkstream,
): string {
  const actions = new Map(plan.actions.map((a) => [a.code, a]));
  const agencyName = new Map(plan.agencies.map((a) => [a.slug, a.name]));
  const page = workstream ? `${origin}/workstreams/${workstream.number}` : origin;
  return buildAtomFeed({
    id: workstream ? `${TAG}/feed/workstream/${workstream.number}` : `${TAG}/feed`,
    title: workstream
      ? `${plan.plan.title}: workstream ${workstream.number}, ${workstream.title}`
      : `${plan.plan.title}: progress updates`,
    subtitle: "Published progress updates on the actions of the plan.",
    selfUrl: `${page}/feed.xml`,
    alternateUrl: workstream ? page : `${origin}/`,
    updated: updates[0]?.publishedAt ?? plan.plan.asAt,
    entries: updates.map((u) => {
      const link = `${origin}/actions/${u.actionCode}`;
      return {
        id: `${TAG}/update/${u.id}`,
        title: `Action ${u.actionCode}: ${STAGE_LABELS[u.stage]} – ${actions.get(u.actionCode)?.title ?? ""}`,
        link,
        updated: u.publishedAt,
        authorName: agencyName.get(u.agency) ?? u.agency,
        content: u.narrative,
      };
    }),
  });
}
