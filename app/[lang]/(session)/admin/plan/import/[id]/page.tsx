import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportChanges, ImportProblems, ImportSummary } from "@/components/admin/plan-import/import-preview";
import { ImportRefusedNotice } from "@/components/admin/plan-import/refused-notice";
import { StreamedForm } from "@/components/admin/plan-import/streamed-form";
import { Notice } from "@/components/notice";
import { INPUT_CLASS } from "@/components/staff/form-fields";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/routing";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { loadPlanImport } from "@/lib/dal/plan-spreadsheet";
import { formatDateTime } from "@/lib/format/dates";
import { canAdmin } from "@/lib/permissions/admin-permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.planImport.preview");
  return { title: t("title") };
}

type Props = {
  params: Promise<{ lang: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The dry run's preview of one upload, and (when it has no problems) the confirmation. */
export default async function PlanImportPreviewPage({ params, searchParams }: Props) {
  const [{ lang: locale, id }, query] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const preview = await orRefuse(loadPlanImport(actor, id));
  const { t, L } = await uiText("admin.planImport.preview");
  const applicable = preview.state === "checked" && preview.problemTotal === 0 && preview.changeCount > 0;
  const mayApply = canAdmin(actor, "manage_plan").allowed;
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/plan/import" className="inline-block min-h-6">
          {L("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{L("title")}</h1>
      <p className="mt-4 max-w-3xl">
        {L("intro", {
          file: preview.fileName,
          format: preview.format.toUpperCase(),
          at: formatDateTime(preview.createdAt),
        })}
      </p>
      <ImportRefusedNotice code={query.refused} />
      {preview.state === "applied" && (
        <Notice title={t("appliedTitle")}>
          {L("applied", { at: formatDateTime(preview.appliedAt!), count: preview.changeCount })}
        </Notice>
      )}
      <ImportSummary diff={preview.diff} />
      {preview.problemTotal > 0 ? (
        <>
          <ImportProblems preview={preview} />
          <p className="mt-6">
            <Link href="/admin/plan/import">{L("uploadAgain")}</Link>
          </p>
        </>
      ) : preview.changeCount === 0 ? (
        <p className="mt-6 font-semibold">{L("nothing")}</p>
      ) : null}
      {applicable && !mayApply && <p className="mt-6 max-w-3xl font-semibold">{L("monitorsApply")}</p>}
      {applicable && mayApply && (
        <section aria-labelledby="apply-heading" className="mt-10">
          <h2 id="apply-heading" className="text-2xl font-bold">
            {L("applyHeading")}
          </h2>
          <p className="mt-2 max-w-3xl">{L("applyIntro", { count: preview.changeCount })}</p>
          <ClientMessages paths={["admin.planImport"]}>
            <StreamedForm
              action={localizedHref(`/admin/plan/import/${preview.id}/apply`, locale)}
              submitLabel={t("apply")}
            >
              <label htmlFor="import-reason" className="block font-semibold">
                {L("reasonLabel")}
              </label>
              <p id="import-reason-hint" className="text-sm text-[var(--color-muted)]">
                {L("reasonHint")}
              </p>
              <textarea
                id="import-reason"
                name="reason"
                required
                maxLength={2000}
                rows={3}
                aria-describedby="import-reason-hint"
                className={INPUT_CLASS}
              />
            </StreamedForm>
          </ClientMessages>
        </section>
      )}
      {preview.problemTotal === 0 && <ImportChanges diff={preview.diff} />}
    </>
  );
}
