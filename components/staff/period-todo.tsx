import Link from "next/link";
import { StatusBadge } from "@/components/status/status-badge";
import type { MyAction } from "@/lib/dal/my-actions";
import { isFinishedAction, PERIOD_TASK_LABELS, periodTaskLink } from "@/lib/workflow/period-task";

function Task({ action }: { action: MyAction }) {
  const { task } = action;
  const link = task ? periodTaskLink(action.code, task) : null;
  return (
    <li className="rounded border-2 border-slate-300 p-4">
      <p>
        <span className="font-semibold tabular-nums">{action.code}</span>{" "}
        <Link href={`/actions/${action.code}`}>{action.title}</Link>
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Your agency</dt>
        <dd>{action.role === "lead" ? "Lead" : "Contributor"}</dd>
        <dt className="font-semibold">Published status</dt>
        <dd className="flex flex-wrap gap-1.5">
          {action.published ? (
            <>
              <StatusBadge status={action.published.stage} />
              {action.published.confidence && <StatusBadge status={action.published.confidence} />}
            </>
          ) : (
            <StatusBadge status="not_yet_reported" />
          )}
        </dd>
        <dt className="font-semibold">This period</dt>
        <dd>
          {task ? PERIOD_TASK_LABELS[task.state] : "No period open"}
          {task?.open && !task.open.mine && ` (written by ${task.open.agencyName})`}
        </dd>
      </dl>
      {task?.state === "changes_requested" && task.open?.mine && (
        <div className="mt-2 border-l-4 border-[var(--color-notice-border)] bg-[var(--color-notice)] px-3 py-2">
          <p className="font-semibold">What the reviewer asked for</p>
          <p className="whitespace-pre-line">{task.open.returnReason ?? "No reason was given."}</p>
        </div>
      )}
      {link && (
        <p className="mt-3">
          <Link href={link.href} className="inline-block min-h-6 font-semibold">
            {link.label}
            <span className="sr-only"> for action {action.code}</span>
          </Link>
        </p>
      )}
    </li>
  );
}

/**
 * This period's to-do: the actions the agency leads, then those it contributes to, each with
 * where its one update stands and the one link that continues it. Finished actions are not
 * expected to report and fold away below.
 */
export function PeriodTodo({ actions }: { actions: MyAction[] }) {
  const open = actions.filter((a) => !isFinishedAction(a.published?.stage ?? null));
  const finished = actions.filter((a) => isFinishedAction(a.published?.stage ?? null));
  return (
    <>
      {open.length === 0 ? (
        <p className="mt-2">Every action your agency works on is finished: nothing is due.</p>
      ) : (
        <ol className="mt-4 space-y-4" aria-label="Actions to report on">
          {open.map((a) => (
            <Task key={a.code} action={a} />
          ))}
        </ol>
      )}
      {finished.length > 0 && (
        <details className="mt-6">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">
            Finished actions ({finished.length}): not expected to report
          </summary>
          <ol className="mt-2 space-y-4" aria-label="Finished actions">
            {finished.map((a) => (
              <Task key={a.code} action={a} />
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
