import { formatDate } from "@/lib/format/dates";
import type { PublicAction } from "@/lib/public/types";
import { uiText } from "@/components/plan/ui-text";

/**
 * The date an action is now expected, and the baseline it is measured against; for a finished action,
 * the day it finished instead of a forecast.
 */
export async function DueDates({
  action,
}: {
  action: Pick<PublicAction, "baselineDue" | "forecastDue" | "slipDays" | "finishedOn" | "status">;
}) {
  const { L } = await uiText("plan.due");
  const forecast = action.forecastDue;
  const finished = action.finishedOn;
  if (finished) {
    const key = action.status.stage === "not_proceeding" ? "stoppedOn" : "completedOn";
    return (
      <span>
        <span>{L(key, { date: formatDate(finished) })}</span>
        <span className="block text-sm text-[var(--color-muted)]">
          {L("baseline")} <span className="whitespace-nowrap">{formatDate(action.baselineDue)}</span>
        </span>
      </span>
    );
  }
  if (forecast === null || forecast === action.baselineDue) {
    return (
      <span>
        <span className="whitespace-nowrap">{formatDate(action.baselineDue)}</span>
        <span className="block text-sm text-[var(--color-muted)]">{L("asPlanned")}</span>
      </span>
    );
  }
  return (
    <span>
      <span className="whitespace-nowrap">
        {L("forecast")} {formatDate(forecast)}
      </span>
      <span className="block text-sm text-[var(--color-muted)]">
        {L("baseline")} <span className="whitespace-nowrap">{formatDate(action.baselineDue)}</span>
      </span>
      {action.slipDays > 0 ? (
        <span className="block text-sm font-semibold">{L("later", { days: action.slipDays })}</span>
      ) : (
        <span className="block text-sm">{L("earlier")}</span>
      )}
    </span>
  );
}
