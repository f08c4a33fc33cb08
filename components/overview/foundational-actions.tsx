import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { FoundationalList } from "@/components/overview/foundational-list";
import { HOME_LIST_ROWS, pageOf } from "@/lib/paging/pages";
import { foundationalMostHeldUpFirst } from "@/lib/public/dependency-risk";
import type { PublicPlan } from "@/lib/public/types";

/**
 * The foundational actions holding up the most work first. At most HOME_LIST_ROWS rows, so the home
 * page stays the same size however large the plan; the rest are on /foundational.
 */
export async function FoundationalActions({ plan }: { plan: PublicPlan }) {
  const t = await getTranslations("overview");
  const { rows, total } = pageOf(foundationalMostHeldUpFirst(plan.actions), {
    page: 1,
    pageSize: HOME_LIST_ROWS,
  });
  return (
    <section aria-labelledby="foundational-heading" className="mt-10">
      <h2 id="foundational-heading" className="text-2xl font-bold">
        {t("foundational")}
      </h2>
      <p className="mt-2">{t("foundationalIntro")}</p>
      {rows.length < total && <p className="mt-2">{t("foundationalShown", { shown: rows.length, total })}</p>}
      <FoundationalList risks={rows} />
      {rows.length < total && (
        <p className="mt-3">
          <Link href="/foundational" className="inline-block min-h-6 font-semibold">
            {t("foundationalAll", { total })}
          </Link>
        </p>
      )}
    </section>
  );
}
