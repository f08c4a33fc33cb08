import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PRIMARY_LINK } from "@/components/admin/buttons";
import { DoneBanner } from "@/components/admin/done-banner";
import { RoundForm } from "@/components/stocktake-admin/round-form";
import { AddSectionForm } from "@/components/stocktake-admin/small-forms";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { FROZEN_MESSAGE, getRoundForEdit } from "@/lib/dal/stocktake/rounds-admin";
import { roundFormValues } from "@/lib/stocktake/round-input";
import { addSectionAction, saveRoundAction } from "../actions";

type Props = { params: Promise<{ round: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.stocktake");
  return { title: `${t("round")}: ${(await params).round}` };
}

const DONE = ["created", "updated", "sectionAdded", "questionAdded", "questionSaved", "questionDeleted"] as const;

/** A round's details, and its sections and questions (editable until the first response). */
export default async function StocktakeRoundAdminPage({ params, searchParams }: Props) {
  const [{ round: slug }, { done }] = await Promise.all([params, searchParams]);
  const { round, sections, frozen } = await orRefuse(getRoundForEdit(await getActor(), slug));
  const [{ L }, vocab] = await Promise.all([uiText("admin.stocktake"), uiText("stocktake.vocabulary")]);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/stocktake" className="inline-block min-h-6">
          {L("title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{round.title}</h1>
      <DoneBanner namespace="admin.stocktake.done" keys={DONE} done={done} />
      <p className="mt-4 flex flex-wrap gap-4">
        <Link href={`/admin/stocktake/${slug}/responses`} className={PRIMARY_LINK}>
          {L("responsesLink")}
        </Link>
        <Link href={`/stocktake/${slug}`} className="inline-flex min-h-11 items-center">
          {L("publicPage")}
        </Link>
      </p>
      <section aria-labelledby="details-heading" className="mt-8">
        <h2 id="details-heading" className="text-2xl font-bold">
          {L("details")}
        </h2>
        <ClientMessages paths={["staff.errorSummary", "staff.longText", "admin.stocktake.form"]}>
          <RoundForm saveAction={saveRoundAction} slug={slug} initialValues={roundFormValues(round)} />
        </ClientMessages>
      </section>
      <section aria-labelledby="questions-heading" className="mt-12 max-w-4xl">
        <h2 id="questions-heading" className="text-2xl font-bold">
          {L("questions")}
        </h2>
        {frozen ? (
          <p className="mt-2 border-l-4 border-amber-600 bg-amber-50 px-4 py-3">{FROZEN_MESSAGE}</p>
        ) : (
          <p className="mt-2">{L("questionsIntro")}</p>
        )}
        <ol className="mt-4 space-y-6">
          {sections.map((s, i) => (
            <li key={s.id}>
              <h3 className="text-xl font-bold">{L("sectionTitle", { step: i + 1, title: s.title })}</h3>
              <ol className="mt-2 list-decimal space-y-1 pl-6">
                {s.questions.map((q) => (
                  <li key={q.id}>
                    <Link href={`/admin/stocktake/${slug}/questions/${q.id}`} className="inline-block min-h-6">
                      {q.label}
                    </Link>{" "}
                    <span className="text-sm text-[var(--color-muted)]">
                      ({vocab.t(`questionKinds.${q.kind}`)}
                      {q.required ? `, ${L("required")}` : ""})
                    </span>
                  </li>
                ))}
              </ol>
              {!frozen && (
                <p className="mt-2">
                  <Link
                    href={`/admin/stocktake/${slug}/questions/new?section=${s.id}`}
                    className="inline-block min-h-6"
                  >
                    {L("addQuestion")}
                    <span className="sr-only"> {s.title}</span>
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ol>
        {!frozen && (
          <ClientMessages paths={["staff.errorSummary", "admin.stocktake.sections"]}>
            <AddSectionForm action={addSectionAction} round={slug} />
          </ClientMessages>
        )}
      </section>
    </>
  );
}
