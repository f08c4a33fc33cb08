import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/admin/done-banner";
import { AnswerText } from "@/components/stocktake-admin/answer-text";
import { ReviewForm } from "@/components/stocktake-admin/small-forms";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { getResponseForReview } from "@/lib/dal/stocktake/review";
import { formatDateTime } from "@/lib/format/dates";
import { decisionsFor } from "@/lib/stocktake/review";
import { reviewAction } from "../../../actions";

type Props = { params: Promise<{ round: string; response: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.stocktake.review");
  return { title: t("title", { id: (await params).response }) };
}

/** One response with every answer (contact details included), and the decisions open on it. */
export default async function StocktakeResponseReviewPage({ params, searchParams }: Props) {
  const [{ round: slug, response: raw }, { done }] = await Promise.all([params, searchParams]);
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const view = await orRefuse(getResponseForReview(await getActor(), slug, id));
  const [{ L, t }, vocab] = await Promise.all([uiText("admin.stocktake.review"), uiText("stocktake.vocabulary")]);
  const decisions = decisionsFor(view.response.status);
  const candidates = view.duplicateCandidates.map(
    (c) =>
      [
        String(c.id),
        `${c.name ?? t("unnamedShort")} (${c.organisation ?? "–"}, ${t("number", { id: c.id })})`,
      ] as const,
  );
  return (
    <>
      <p className="mb-4">
        <Link href={`/admin/stocktake/${slug}/responses`} className="inline-block min-h-6">
          {L("back", { round: view.round.title })}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{L("title", { id })}</h1>
      <DoneBanner namespace="admin.stocktake.review.done" keys={["accept", "return", "duplicate"]} done={done} />
      <dl className="mt-4 grid max-w-3xl gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{L("status")}</dt>
        <dd>
          {vocab.L(`responseStatuses.${view.response.status}`)}
          {view.response.duplicateOfId && (
            <>
              {" "}
              <Link href={`/admin/stocktake/${slug}/responses/${view.response.duplicateOfId}`}>
                {L("duplicateOfLink", { id: view.response.duplicateOfId })}
              </Link>
            </>
          )}
        </dd>
        <dt className="font-semibold">{L("complete")}</dt>
        <dd>{L("percent", { percent: view.percent })}</dd>
        <dt className="font-semibold">{L("submitted")}</dt>
        <dd>{view.response.submittedAt ? formatDateTime(view.response.submittedAt.toISOString()) : "–"}</dd>
        <dt className="font-semibold">{L("email")}</dt>
        <dd>{view.response.email ?? "–"}</dd>
      </dl>
      {view.response.reviewQuestion && (
        <section className="mt-6 max-w-3xl border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
          <h2 className="font-bold">{L("askedQuestion")}</h2>
          <p className="whitespace-pre-line">{view.response.reviewQuestion}</p>
          <h2 className="mt-2 font-bold">{L("theirAnswer")}</h2>
          <p className="whitespace-pre-line">{view.response.reviewAnswer ?? L("noAnswerYet")}</p>
        </section>
      )}
      {view.sections.map((s) => (
        <section key={s.id} className="mt-8 max-w-4xl">
          <h2 className="text-2xl font-bold">{s.title}</h2>
          <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(12rem,20rem)_1fr]">
            {s.questions.map((q) => (
              <div key={q.id} className="contents">
                <dt className="font-semibold">{q.label}</dt>
                <dd>
                  <AnswerText question={q} value={view.answers.get(q.id)} planChoices={view.planChoices} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section aria-labelledby="decide-heading" className="mt-10 max-w-3xl">
        <h2 id="decide-heading" className="text-2xl font-bold">
          {L("decide")}
        </h2>
        {decisions.length === 0 ? (
          <p className="mt-2">{L(`nothingToDecide.${view.response.status}`)}</p>
        ) : (
          <ClientMessages paths={["staff.errorSummary", "staff.longText", "admin.stocktake.review"]}>
            {decisions.map((d) => (
              <ReviewForm
                key={d}
                action={reviewAction}
                round={slug}
                response={id}
                decision={d}
                candidates={d === "duplicate" ? candidates : undefined}
              />
            ))}
          </ClientMessages>
        )}
      </section>
    </>
  );
}
