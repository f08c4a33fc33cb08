import { getTranslations } from "next-intl/server";
import { StatusMix } from "@/components/status/status-mix";
import type { RollUp } from "@/lib/rollup/roll-up";

export async function OverallMix({ rollUp }: { rollUp: RollUp }) {
  const t = await getTranslations("overview");
  return (
    <section aria-labelledby="glance-heading" className="mt-8">
      <h2 id="glance-heading" className="text-2xl font-bold">
        {t("glance")}
      </h2>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div className="rounded border border-slate-300 p-4">
          <h3 id="by-confidence" className="text-lg font-semibold">
            {t("byConfidence")}
          </h3>
          <div className="mt-2">
            <StatusMix rollUp={rollUp} headingId="by-confidence" />
          </div>
        </div>
        <div className="rounded border border-slate-300 p-4">
          <h3 id="by-stage" className="text-lg font-semibold">
            {t("byStage")}
          </h3>
          <div className="mt-2">
            <StatusMix rollUp={rollUp} by="stage" showWorst={false} headingId="by-stage" />
          </div>
        </div>
      </div>
      <p className="mt-3">
        {rollUp.progress.meanPercent === null
          ? t("noProgress")
          : t("progress", { percent: rollUp.progress.meanPercent, count: rollUp.progress.basedOn })}
      </p>
    </section>
  );
}
