import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ActionStatus } from "@/components/status/status-badge";
import { overdueDaysOf } from "@/lib/status/overdue";
import { formatDate } from "@/lib/format/dates";
import { foundationalRisks } from "@/lib/public/dependency-risk";
import type { PublicPlan } from "@/lib/public/types";

export async function FoundationalActions({ plan }: { plan: PublicPlan }) {
  const t = await getTranslations("overview");
  const risks = foundationalRisks(plan.actions);
  return (
    <section aria-labelledby="foundational-heading" className="mt-10">
      <h2 id="foundational-heading" className="text-2xl font-bold">
        {t("foundational")}
      </h2>
      <p className="mt-2">{t("foundationalIntro")}</p>
      <ul className="mt-4 space-y-4">
        {risks.map(({ action, successorsAtRisk }) => (
          <li key={action.code} className="border-l-4 border-[var(--color-brand)] pl-4">
            <p className="font-semibold">
              <Link href={`/actions/${action.code}`}>
                {action.code} {action.title}
              </Link>
            </p>
            <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-[0.95rem]">
              <ActionStatus {...action.status} overdueDays={overdueDaysOf(action)} />
              <span>
                {action.slipDays > 0 && action.forecastDue
                  ? t("forecastLine", { forecast: formatDate(action.forecastDue), days: action.slipDays })
                  : t("dueLine", { baseline: formatDate(action.baselineDue) })}
              </span>
            </div>
            {successorsAtRisk.length === 0 ? (
              <p className="mt-1 text-[0.95rem]">{t("nothingAtRisk")}</p>
            ) : (
              <p className="mt-1 text-[0.95rem]">
                <strong>{t("heldUp", { count: successorsAtRisk.length })}</strong>{" "}
                {successorsAtRisk.map((r, i) => (
                  <span key={r.code}>
                    {i > 0 && ", "}
                    <Link href={`/actions/${r.code}`}>{r.code}</Link>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
