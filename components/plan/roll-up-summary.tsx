import { Link } from "@/i18n/navigation";
import { labelKey } from "@/lib/status/label-key";
import { StatusMix } from "@/components/status/status-mix";
import type { RollUp, StageCategory } from "@/lib/rollup/roll-up";
import { STAGES } from "@/lib/status/vocabulary";
import { uiText } from "./ui-text";

const STAGE_ORDER: readonly StageCategory[] = [...STAGES, "not_yet_reported"];

/**
 * A roll-up read two ways: how many actions are at each stage, then the delivery-confidence mix
 * with its worst item and "How is this counted?" (StatusMix). Finished actions carry no confidence,
 * so the stage line is what says how many are done.
 */
export async function RollUpSummary({ rollUp, showWorst = true }: { rollUp: RollUp; showWorst?: boolean }) {
  const { L } = await uiText("status");
  const stages = STAGE_ORDER.filter((k) => rollUp.byStage[k] > 0);
  return (
    <div className="space-y-2">
      {stages.length > 0 && (
        <div>
          <p className="font-semibold">{L("stage.label")}</p>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {stages.map((k) => (
              <li key={k}>
                <span className="font-bold tabular-nums">{rollUp.byStage[k]}</span>{" "}
                <Link href={`/status#${k}`}>{L(labelKey(k))}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {(rollUp.overdue ?? 0) > 0 && (
        <p>
          <span className="font-bold tabular-nums">{rollUp.overdue}</span>{" "}
          <Link href="/status#overdue">{L("system.overdueName")}</Link>
        </p>
      )}
      <div>
        {stages.length > 0 && <p className="font-semibold">{L("confidence.label")}</p>}
        <StatusMix rollUp={rollUp} showWorst={showWorst} />
      </div>
    </div>
  );
}
