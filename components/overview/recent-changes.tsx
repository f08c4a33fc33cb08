import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { StatusChangeList } from "@/components/overview/status-change-list";
import { statusChangesWorstFirst } from "@/lib/public/rank-status-changes";
import type { PublicPlan } from "@/lib/public/types";
import { HOME_LIST_ROWS, pageOf } from "@/lib/paging/pages";

/**
 * What changed between the two latest closed periods, worst first. At most HOME_LIST_ROWS rows, so
 * the home page stays the same size however many actions changed; the rest are on /status-changes.
 */
export async function RecentChanges({ plan }: { plan: PublicPlan }) {
  const t = await getTranslations("overview");
  const { latestClosedPeriod: latest, previousClosedPeriod: previous } = plan;
  const { rows, total } = pageOf(statusChangesWorstFirst(plan), {
    page: 1,
    pageSize: HOME_LIST_ROWS,
  });
  return (
    <section aria-labelledby="changes-heading" className="mt-10">
      <h2 id="changes-heading" className="text-2xl font-bold">
        {t("changes", { period: previous ?? "the previous period" })}
      </h2>
      {!latest || !previous ? (
        <p className="mt-2">{t("changesNotYet")}</p>
      ) : total === 0 ? (
        <p className="mt-2">{t("changesNone", { previous, latest })}</p>
      ) : (
        <>
          {rows.length < total && <p className="mt-2">{t("changesShown", { shown: rows.length, total })}</p>}
          <StatusChangeList changes={rows} />
          {rows.length < total && (
            <p className="mt-3">
              <Link href="/status-changes" className="inline-block min-h-6 font-semibold">
                {t("changesAll", { total, period: previous })}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
