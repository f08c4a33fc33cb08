import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/components/plan/page-intro";
import { uiText } from "@/components/plan/ui-text";
import { StartForm } from "@/components/stocktake/start-form";
import { pageLocale } from "@/components/subscriptions/link-page";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { getPublicRound } from "@/lib/dal/stocktake/respond";
import { formatDateTime } from "@/lib/format/dates";
import { pageMetadata } from "@/lib/seo/page-seo";
import { startAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ round: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { round: slug } = await params;
  const [round, t] = await Promise.all([getPublicRound(slug), getTranslations("survey.round")]);
  if (!round) return { title: t("unknown") };
  return pageMetadata({ title: round.title, description: round.purpose, path: `/stocktake/${slug}` });
}

/** A round's purpose, audience and dates, and, while it is open, the start of a response. */
export default async function StocktakeRoundPage({ params }: Props) {
  const { round: slug } = await params;
  const [round, { L }, locale] = await Promise.all([getPublicRound(slug), uiText("survey.round"), pageLocale()]);
  if (!round) notFound();
  const mi = locale === "mi";
  const dates = {
    opens: formatDateTime(round.opensAt.toISOString()),
    closes: formatDateTime(round.closesAt.toISOString()),
  };
  return (
    <>
      <p className="mb-4">
        <Link href="/stocktake" className="inline-block min-h-6">
          {L("all")}
        </Link>
      </p>
      <PageIntro title={mi && round.titleMi ? <span lang="mi">{round.titleMi}</span> : round.title}>
        <p className="whitespace-pre-line" lang={mi && round.introductionMi ? "mi" : undefined}>
          {mi && round.introductionMi ? round.introductionMi : round.introduction}
        </p>
      </PageIntro>
      <dl className="mt-6 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{L("purpose")}</dt>
        <dd>{round.purpose}</dd>
        <dt className="font-semibold">{L("audience")}</dt>
        <dd>{round.audience}</dd>
        <dt className="font-semibold">{L("dates")}</dt>
        <dd>{L("datesValue", dates)}</dd>
      </dl>
      <section aria-labelledby="start-heading" className="mt-10 max-w-3xl">
        <h2 id="start-heading" className="text-2xl font-bold">
          {L("startHeading")}
        </h2>
        {round.phase === "open" ? (
          <>
            <p className="mt-2">{L("startIntro")}</p>
            <ClientMessages paths={["survey.start", "staff.errorSummary"]}>
              <StartForm action={startAction} slug={round.slug} />
            </ClientMessages>
          </>
        ) : (
          <p className="mt-2">{L(round.phase === "upcoming" ? "notYetOpen" : "closed", dates)}</p>
        )}
        <p className="mt-6">{L("resumeHelp")}</p>
      </section>
    </>
  );
}
