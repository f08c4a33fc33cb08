import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/components/plan/page-intro";
import { uiText } from "@/components/plan/ui-text";
import { pageLocale } from "@/components/subscriptions/link-page";
import { Link } from "@/i18n/navigation";
import { listPublicRounds } from "@/lib/dal/stocktake/respond";
import { formatDateTime } from "@/lib/format/dates";
import { pageMetadata } from "@/lib/seo/page-seo";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("survey.list");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/stocktake" });
}

/** The stocktake rounds TEC has published: the open ones take responses, without an account. */
export default async function StocktakeRoundsPage() {
  const [{ L }, rounds, locale] = await Promise.all([uiText("survey.list"), listPublicRounds(), pageLocale()]);
  return (
    <>
      <PageIntro title={L("title")}>
        <p>{L("intro")}</p>
      </PageIntro>
      {rounds.length === 0 ? (
        <p className="mt-6">{L("none")}</p>
      ) : (
        <ul className="mt-8 max-w-3xl space-y-6">
          {rounds.map((r) => (
            <li key={r.id} className="border-l-4 border-[var(--color-brand)] pl-4">
              <h2 className="text-xl font-bold">
                <Link href={`/stocktake/${r.slug}`} className="inline-block min-h-6">
                  {locale === "mi" && r.titleMi ? <span lang="mi">{r.titleMi}</span> : r.title}
                </Link>
              </h2>
              <p className="mt-1">{r.purpose}</p>
              <p className="mt-1 text-sm text-[var(--color-muted)]">
                {L(`phases.${r.phase}`, {
                  opens: formatDateTime(r.opensAt.toISOString()),
                  closes: formatDateTime(r.closesAt.toISOString()),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
