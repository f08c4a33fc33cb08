import type { Metadata } from "next";
import { closePeriodAction, editPeriodAction } from "../actions";
import { Link } from "@/i18n/navigation";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PeriodCloseForm } from "@/components/admin/period-close-form";
import { PeriodEditForm } from "@/components/admin/period-edit-form";
import { ClientMessages } from "@/i18n/client-messages";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { getPeriod, type PeriodRow } from "@/lib/dal/periods";
import { isWorkflowError } from "@/lib/dal/updates";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { periodFormValues } from "@/lib/periods/period-input";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.periods.period");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

const at = (d: Date) => formatDateTime(d.toISOString());

export default async function PeriodPage({ params }: Props) {
  const { id } = await params;
  const actor = await getActor();
  let period: PeriodRow & { earlierOpen: string | null };
  try {
    period = await getPeriod(actor, /^\d{1,9}$/.test(id) ? Number(id) : NaN);
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const current = {
    opens: at(period.opensAt),
    due: at(period.dueAt),
    grace: at(period.graceUntil),
    closes: at(period.closesAt),
  };
  const [{ t, rich, lang, L }, phases] = await Promise.all([
    uiText("admin.periods.period"),
    uiText("admin.periods.phases"),
  ]);

  return (
    <>
      <p>
        <Link href="/admin/periods" className="inline-block min-h-6">
          {L("all")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{L("title", { period: period.label })}</h1>
      <p className="mt-2">
        {L("summary", {
          phase: phases.t(period.phase),
          from: formatDate(period.startsOn),
          to: formatDate(period.endsOn),
          submitted: period.submitted,
          published: period.published,
        })}
      </p>

      {period.closedAt ? (
        <p className="mt-6 max-w-3xl font-semibold">{L("closedFixed", { closedAt: at(period.closedAt) })}</p>
      ) : (
        <>
          <h2 lang={lang("deadlinesHeading")} className="mt-8 text-2xl font-bold">
            {t("deadlinesHeading")}
          </h2>
          <ClientMessages paths={["staff.errorSummary", "admin.periods.edit"]}>
            <PeriodEditForm
              editAction={editPeriodAction}
              period={{ id: period.id, label: period.label, updatedAt: period.updatedAt.toISOString() }}
              initialValues={periodFormValues(period)}
              current={current}
            />
          </ClientMessages>

          <section aria-labelledby="close-title" className="mt-10 max-w-3xl border-t-2 border-slate-300 pt-6">
            <h2 id="close-title" lang={lang("closeHeading")} className="text-2xl font-bold">
              {t("closeHeading")}
            </h2>
            <p className="mt-2">{L("closesByItself", { closes: current.closes })}</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              <li>{L("freezes")}</li>
              <li>{L("marksStale", { period: period.label })}</li>
              <li lang={lang("cannotBeUndone")}>
                {rich("cannotBeUndone", { strong: (chunks) => <strong>{chunks}</strong> })}
              </li>
            </ul>
            {period.phase === "upcoming" ? (
              <p className="mt-4 font-semibold">{L("notOpenYet")}</p>
            ) : period.earlierOpen ? (
              <p className="mt-4 font-semibold">{L("earlierOpen", { earlier: period.earlierOpen })}</p>
            ) : (
              <ClientMessages paths={["admin.periods.close"]}>
                <PeriodCloseForm period={{ id: period.id, label: period.label }} closeAction={closePeriodAction} />
              </ClientMessages>
            )}
          </section>
        </>
      )}
    </>
  );
}
