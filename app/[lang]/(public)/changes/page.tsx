import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/components/plan/page-intro";
import { PlanChangeList } from "@/components/plan-changes/change-list";
import { uiText } from "@/i18n/ui-text";
import { getPlanChanges } from "@/lib/dal/public-plan-changes";
import { formatDate } from "@/lib/format/dates";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plan.changes");
  return pageMetadata({ title: t("title"), description: t("intro"), path: "/changes" });
}

/** Every approved plan version, newest first, with its approving body and date and what it changed. */
export default async function PlanChangesPage() {
  const versions = await getPlanChanges();
  const { t, L } = await uiText("plan.changes");
  return (
    <>
      <PageIntro title={t("title")}>
        <p>{L("intro")}</p>
      </PageIntro>
      {versions.map((v) => (
        <section key={v.version} className="mt-10" aria-labelledby={`version-${v.version}`}>
          <h2 id={`version-${v.version}`} className="text-2xl font-bold">
            {t("version", { version: v.version })}
          </h2>
          <p className="mt-2 font-semibold">{t("approved", { body: v.approvedBy, date: formatDate(v.effectiveOn) })}</p>
          <p className="mt-2 max-w-3xl">{v.summary}</p>
          {v.changes.length ? (
            <PlanChangeList changes={v.changes} />
          ) : (
            <p className="mt-2">{v.version === "1.0" ? L("baseline") : L("noChanges")}</p>
          )}
        </section>
      ))}
    </>
  );
}
