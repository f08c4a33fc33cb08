import type { ReactNode } from "react";
import { formatDate } from "@/lib/format/dates";
import type { PublicAction } from "@/lib/public/types";
import { uiText } from "@/components/plan/ui-text";

type Label = (key: string, values?: Record<string, string | number>) => ReactNode;
type Props = { action: Pick<PublicAction, "baselineDue" | "forecastDue" | "slipDays" | "finishedOn" | "status"> };

/**
 * The date an action is now expected, and the baseline it is measured against; for a finished action,
 * the day it finished instead of a forecast. `L` is the `plan.due` catalogue, read once by a list of
 * many rows.
 */
export function DueText({ action, L }: Props & { L: Label }) {
  const forecast = action.forecastDue;
  const finished = action.finishedOn;
  if (finished) {
    const key = action.status.stage === "not_proceeding" ? "stoppedOn" : "completedOn";
    return (
      <span>
        {L(key, { date: formatDate(finished) })}
        <span className="note">
          {L("baseline")} <span className="whitespace-nowrap">{formatDate(action.baselineDue)}</span>
        </span>
      </span>
    );
  }
  if (forecast === null || forecast === action.baselineDue) {
    return (
      <span>
        <span className="whitespace-nowrap">{formatDate(action.baselineDue)}</span>
        <span className="note">{L("asPlanned")}</span>
      </span>
    );
  }
  return (
    <span>
      <span className="whitespace-nowrap">
        {L("forecast")} {formatDate(forecast)}
      </span>
      <span className="note">
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

export async function DueDates({ action }: Props) {
  const { L } = await uiText("plan.due");
  return <DueText action={action} L={L} />;
}
