import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminPageHead } from "@/components/admin/admin-page-head";
import { ImportRefusedNotice } from "@/components/admin/plan-import/refused-notice";
import { StreamedForm } from "@/components/admin/plan-import/streamed-form";
import { INPUT_CLASS } from "@/components/staff/form-fields";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/routing";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { listRecentImports } from "@/lib/dal/plan-spreadsheet";
import { formatDateTime } from "@/lib/format/dates";
import { MAX_UPLOAD_BYTES } from "@/lib/plan-spreadsheet/layout";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.planImport");
  return { title: t("title") };
}

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Upload a plan file for a dry run; the preview follows on its own page. */
export default async function PlanImportPage({ params, searchParams }: Props) {
  const [{ lang: locale }, query] = await Promise.all([params, searchParams]);
  const recent = await orRefuse(listRecentImports(await getActor()));
  const { t, L } = await uiText("admin.planImport");
  return (
    <>
      <AdminPageHead namespace="admin.planImport" />
      <ImportRefusedNotice code={query.refused} />
      <p className="mt-4 max-w-3xl">
        <Link href="/admin/plan/export">{L("toExport")}</Link>
      </p>
      <ClientMessages paths={["admin.planImport"]}>
        <StreamedForm action={localizedHref("/admin/plan/import/upload", locale)} submitLabel={t("check")} upload>
          <label htmlFor="plan-file" className="block font-semibold">
            {L("fileLabel")}
          </label>
          <p id="plan-file-hint" className="text-sm text-[var(--color-muted)]">
            {L("fileHint", { limit: MAX_UPLOAD_BYTES / 1048576 })}
          </p>
          <input
            id="plan-file"
            name="file"
            type="file"
            required
            accept=".xlsx,.zip,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/zip,application/json"
            aria-describedby="plan-file-hint"
            className={INPUT_CLASS}
          />
        </StreamedForm>
      </ClientMessages>
      {recent.length > 0 && (
        <>
          <h2 className="mt-10 text-2xl font-bold">{L("recentHeading")}</h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {recent.map((r) => (
              <li key={r.id}>
                <Link href={`/admin/plan/import/${r.id}`}>{r.fileName}</Link>{" "}
                <span className="text-[var(--color-muted)]">
                  {formatDateTime(r.createdAt.toISOString())} ·{" "}
                  {t(`recentState.${r.state === "applied" ? "applied" : r.problemCount > 0 ? "problems" : "checked"}`, {
                    problems: r.problemCount,
                    changes: r.changeCount,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
