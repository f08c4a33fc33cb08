import Link from "next/link";
import { formatDateTime } from "@/lib/format/dates";
import type { MyUpdate } from "@/lib/dal/my-actions";
import { isOpenUpdateState } from "@/lib/status/vocabulary";
import { PERIOD_TASK_LABELS } from "@/lib/workflow/period-task";

/** The signed-in person's own updates still in progress or in review. */
export function MyUpdatesList({
  updates,
  withdrawAction,
}: {
  updates: MyUpdate[];
  /** The route's server action that withdraws an update (a plain form: works without JavaScript). */
  withdrawAction: (formData: FormData) => Promise<void>;
}) {
  if (updates.length === 0) return <p className="mt-2">You have no drafts or updates in review.</p>;
  return (
    <ul className="mt-4 space-y-4">
      {updates.map((u) => {
        const editable = u.state === "draft" || u.state === "changes_requested";
        const withdrawable = u.state === "draft" || u.state === "submitted" || u.state === "changes_requested";
        return (
          <li key={u.id} className="rounded border-2 border-slate-300 p-4">
            <p className="font-semibold">
              Action {u.actionCode}: {u.actionTitle}
            </p>
            <p className="mt-1">
              {isOpenUpdateState(u.state) ? PERIOD_TASK_LABELS[u.state] : u.state} · last changed{" "}
              {formatDateTime(u.updatedAt.toISOString())}
            </p>
            {u.state === "changes_requested" && (
              <div className="mt-2 border-l-4 border-[var(--color-notice-border)] bg-[var(--color-notice)] px-3 py-2">
                <p className="font-semibold">What the reviewer asked for</p>
                <p className="whitespace-pre-line">{u.returnReason ?? "No reason was given."}</p>
              </div>
            )}
            <div className="mt-3 flex flex-wrap items-center gap-4">
              {editable && (
                <Link
                  href={`/actions/${u.actionCode}/update?update=${u.id}`}
                  className="inline-block min-h-6 font-semibold"
                >
                  Continue this update<span className="sr-only"> for action {u.actionCode}</span>
                </Link>
              )}
              {withdrawable && (
                <form action={withdrawAction}>
                  <input type="hidden" name="updateId" value={u.id} />
                  <input type="hidden" name="version" value={u.version} />
                  <input type="hidden" name="actionCode" value={u.actionCode} />
                  <button type="submit" className="min-h-11 underline">
                    Withdraw<span className="sr-only"> the update for action {u.actionCode}</span>
                  </button>
                </form>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
