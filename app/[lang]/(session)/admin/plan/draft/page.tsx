import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { approveVersionAction, withdrawChangeAction } from "../actions";
import { AdminPageHead } from "@/components/admin/admin-page-head";
import { ButtonForm } from "@/components/admin/button-form";
import { DoneBanner } from "@/components/admin/done-banner";
import { ApproveVersionForm } from "@/components/plan-admin/approve-form";
import { ChangeFields } from "@/components/plan-changes/change-fields";
import { ClientMessages } from "@/i18n/client-messages";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { getDraftReview } from "@/lib/dal/plan-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.plan.draft");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlanDraftPage({ searchParams }: Props) {
  const draft = await orRefuse(getDraftReview(await getActor()));
  const { done } = await searchParams;
  const { t, L } = await uiText("admin.plan");
  const messages = await getTranslations("admin.plan");
  const fieldLabels = messages.raw("form.fields") as Record<string, string>;
  const labels = {
    field: t("draft.field"),
    before: t("draft.before"),
    after: t("draft.after"),
    empty: t("draft.empty"),
    yes: t("draft.yes"),
    no: t("draft.no"),
  };
  return (
    <>
      <AdminPageHead namespace="admin.plan.draft" />
      <DoneBanner namespace="admin.plan.done" keys={["withdrawn"]} done={done} />
      {!draft || draft.changes.length === 0 ? (
        <p className="mt-6 font-semibold">{L("draft.none")}</p>
      ) : (
        <>
          <h2 className="mt-8 text-2xl font-bold">
            {t("draft.heading", { version: draft.version, count: draft.changes.length })}
          </h2>
          <ol className="mt-4 space-y-6">
            {draft.changes.map((c) => (
              <li key={c.id} className="rounded border-2 border-slate-300 p-4">
                <h3 className="text-lg font-bold">
                  {t(`kinds.${c.kind}`)}: {t(`entities.${c.entity}`)} {c.key}
                </h3>
                <p className="mt-1">{c.summary}</p>
                <ChangeFields
                  fields={c.fields}
                  showBefore={c.kind !== "add"}
                  labels={labels}
                  fieldLabels={fieldLabels}
                />
                <p className="mt-2">
                  <span className="font-semibold">{t("draft.reason")}:</span> {c.reason}
                </p>
                {c.requestedBy && (
                  <p className="mt-1 text-sm text-[var(--color-muted)]">
                    {t("draft.requestedBy", { name: c.requestedBy })}
                  </p>
                )}
                <ButtonForm
                  action={withdrawChangeAction}
                  hidden={{ changeId: String(c.id) }}
                  label={t("draft.withdraw")}
                  hint={t("draft.withdrawHint")}
                  hintId={`withdraw-hint-${c.id}`}
                />
              </li>
            ))}
          </ol>
          <h2 className="mt-10 text-2xl font-bold">{t("draft.approveHeading", { version: draft.version })}</h2>
          <ClientMessages paths={["staff.errorSummary", "admin.plan.draft"]}>
            <ApproveVersionForm action={approveVersionAction} />
          </ClientMessages>
        </>
      )}
    </>
  );
}
