import type { ReactNode } from "react";
import type { PublicAction } from "@/lib/public/types";
import { uiText } from "./ui-text";

type Label = (key: string, values?: Record<string, string | number>) => ReactNode;
type Props = { action: Pick<PublicAction, "progress" | "status"> };

/**
 * Milestone progress in words (and a bar for a quick look). An action that has not reported, or
 * has no milestones, says so: it is never shown as 0 %. `L` is the `plan.progress` catalogue, read
 * once by a list of many rows.
 */
export function ProgressText({ action, L }: Props & { L: Label }) {
  if (action.status.systemState === "not_yet_reported") {
    return <span className="text-[var(--color-muted)] italic">{L("notYetReported")}</span>;
  }
  if (action.progress === null) {
    return <span className="text-[var(--color-muted)] italic">{L("noMilestones")}</span>;
  }
  const { done, total, percent } = action.progress;
  return (
    <span className="inline-block min-w-32 tabular-nums">
      <span className="font-semibold">{L("percent", { percent })}</span>
      <span className="block text-sm">{L("milestones", { done, total })}</span>
      <span aria-hidden="true" className="progress-bar">
        <span style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}

export async function ActionProgress({ action }: Props) {
  const { L } = await uiText("plan.progress");
  return <ProgressText action={action} L={L} />;
}
