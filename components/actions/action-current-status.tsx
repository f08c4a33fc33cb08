import type { ReactNode } from "react";
import { ActionProgress } from "@/components/plan/action-progress";
import { ActionStatus } from "@/components/status/status-badge";
import { overdueDaysOf } from "@/lib/status/overdue";
import { formatDateTime } from "@/lib/format/dates";
import type { PublicAction } from "@/lib/public/types";
import { uiText } from "@/components/plan/ui-text";

/** The action's latest published status, with the explanation and recovery step it must carry. */
export async function ActionCurrentStatus({ action }: { action: PublicAction }) {
  const { L } = await uiText("actions.detail");
  const { status } = action;
  const reasons: [string, ReactNode, string | null][] = [
    ["explanation", L("explanation"), status.explanation],
    ["recoveryStep", L("recoveryStep"), status.recoveryStep],
    ["notProceedingReason", L("notProceedingReason"), status.notProceedingReason],
  ];
  return (
    <section aria-labelledby="status-heading" className="mt-10">
      <h2 id="status-heading" className="text-2xl font-bold">
        {L("statusHeading")}
      </h2>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <ActionStatus
          stage={status.stage}
          confidence={status.confidence}
          systemState={status.systemState}
          overdueDays={overdueDaysOf(action)}
        />
      </div>
      {status.systemState === "not_yet_reported" ? (
        <p className="mt-2">{L("notYetReported")}</p>
      ) : (
        status.publishedAt && (
          <p className="mt-2 text-[var(--color-muted)]">
            {status.period
              ? L("reportedFor", { period: status.period, date: formatDateTime(status.publishedAt) })
              : L("reportedOn", { date: formatDateTime(status.publishedAt) })}
          </p>
        )
      )}
      {status.systemState === "stale" && <p className="mt-2 font-semibold">{L("staleNote")}</p>}
      <dl className="mt-4 max-w-3xl space-y-3">
        {reasons
          .filter((r): r is [string, ReactNode, string] => !!r[2])
          .map(([key, label, text]) => (
            <div key={key}>
              <dt className="font-semibold">{label}</dt>
              <dd className="whitespace-pre-line">{text}</dd>
            </div>
          ))}
        <div>
          <dt className="font-semibold">{L("progress")}</dt>
          <dd>
            <ActionProgress action={action} />
            <span className="block text-sm text-[var(--color-muted)]">{L("progressHint")}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
