import type { PublicAction } from "@/lib/public/types";
import { uiText } from "./ui-text";

/**
 * Milestone progress in words (and a bar for a quick look). An action that has not reported, or
 * has no milestones, says so: it is never shown as 0 %.
 */
export async function ActionProgress({ action }: { action: Pick<PublicAction, "progress" | "status"> }) {
  const { L } = await uiText("plan.progress");
  if (action.status.systemState === "not_yet_reported") {
    return <span className="text-[var(--color-muted)] italic">{L("notYetReported")}</span>;
  }
  if (action.progress === null) {
    return <span className="text-[var(--color-muted)] italic">{L("noMilestones")}</span>;
  }
  const { done, total, percent } = action.progress;
  return (
    <span className="inline-block min-w-32">
      <span className="font-semibold tabular-nums">{L("percent", { percent })}</span>
      <span className="block text-sm tabular-nums">{L("milestones", { done, total })}</span>
      <span aria-hidden="true" className="mt-1 block h-2 w-full max-w-40 rounded-sm border border-slate-600 bg-white">
        <span className="block h-full bg-[var(--color-brand)]" style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}
