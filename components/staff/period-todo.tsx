import { Link } from "@/i18n/navigation";
import { StatusBadge } from "@/components/status/status-badge";
import { uiText } from "@/i18n/ui-text";
import type { MyAction } from "@/lib/dal/my-actions";
import { isFinishedAction, periodTaskLink } from "@/lib/workflow/period-task";
import { ReturnReason } from "./return-reason";

async function Task({ action }: { action: MyAction }) {
  const [{ L }, states, links] = await Promise.all([
    uiText("staff.todo"),
    uiText("staff.updateState"),
    uiText("staff.taskLink"),
  ]);
  const { task } = action;
  const link = task ? periodTaskLink(action.code, task) : null;
  return (
    <li className="rounded border-2 border-slate-300 p-4">
      <p>
        <span className="font-semibold tabular-nums">{action.code}</span>{" "}
        <Link href={`/actions/${action.code}`}>{action.title}</Link>
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{L("yourAgency")}</dt>
        <dd>{L(action.role === "lead" ? "lead" : "contributor")}</dd>
        <dt className="font-semibold">{L("publishedStatus")}</dt>
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
        <dt className="font-semibold">{L("thisPeriod")}</dt>
        <dd>
          {task ? states.L(task.state) : L("noPeriodOpen")}
          {task?.open && !task.open.mine && <> {L("writtenBy", { agency: task.open.agencyName })}</>}
        </dd>
      </dl>
      {task?.state === "changes_requested" && task.open?.mine && <ReturnReason reason={task.open.returnReason} />}
      {link && (
        <p className="mt-3">
          <Link href={link.href} className="inline-block min-h-6 font-semibold">
            {links.L(link.key, { agency: link.agency ?? "" })}
            <span className="sr-only"> {L("forAction", { code: action.code })}</span>
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
export async function PeriodTodo({ actions }: { actions: MyAction[] }) {
  const { t, L } = await uiText("staff.todo");
  const open = actions.filter((a) => !isFinishedAction(a.published?.stage ?? null));
  const finished = actions.filter((a) => isFinishedAction(a.published?.stage ?? null));
  return (
    <>
      {open.length === 0 ? (
        <p className="mt-2">{L("allFinished")}</p>
      ) : (
        <ol className="mt-4 space-y-4" aria-label={t("listLabel")}>
          {open.map((a) => (
            <Task key={a.code} action={a} />
          ))}
        </ol>
      )}
      {finished.length > 0 && (
        <details className="mt-6">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">
            {L("finishedSummary", { count: finished.length })}
          </summary>
          <ol className="mt-2 space-y-4" aria-label={t("finishedLabel")}>
            {finished.map((a) => (
              <Task key={a.code} action={a} />
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
