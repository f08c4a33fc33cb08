import type { ReactNode } from "react";
import { ActionTable } from "@/components/actions/action-table";
import type { PlanIndex } from "@/lib/public/plan-lookups";
import { rollUpActions } from "@/lib/public/roll-up-actions";
import type { PublicAction } from "@/lib/public/types";
import { RollUpSummary } from "./roll-up-summary";

/** "How it is going" (the roll-up) and the table of the actions behind it, for a group of actions. */
export function ActionsWithStatus({
  actions,
  index,
  caption,
  labels,
  showWorkstream,
}: {
  actions: PublicAction[];
  index: PlanIndex;
  caption: string;
  labels: { howItIsGoing: ReactNode; actions: ReactNode; noActions: ReactNode };
  showWorkstream?: boolean;
}) {
  return (
    <>
      <section aria-labelledby="status-heading" className="mt-10">
        <h2 id="status-heading" className="text-2xl font-bold">
          {labels.howItIsGoing}
        </h2>
        <div className="mt-4">
          <RollUpSummary rollUp={rollUpActions(actions)} />
        </div>
      </section>

      <section aria-labelledby="actions-heading" className="mt-10">
        <h2 id="actions-heading" className="text-2xl font-bold">
          {labels.actions}
        </h2>
        {actions.length === 0 ? (
          <p className="mt-2">{labels.noActions}</p>
        ) : (
          <ActionTable actions={actions} index={index} showWorkstream={showWorkstream} caption={caption} />
        )}
      </section>
    </>
  );
}
