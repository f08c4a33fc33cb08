import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { applyTranslationsAction } from "../../actions";
import { ButtonForm } from "@/components/admin/button-form";
import { FileProblemsTable } from "@/components/admin/file-problems-table";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { getTranslationImport } from "@/lib/dal/translations-admin";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.translations.preview");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

const TH = "py-2 pr-4";

/**
 * A checked translation import: what it would change (before → after), how many texts it leaves as
 * they are, and every error by sheet, row and column. Applied only from here, and only without errors.
 */
export default async function TranslationImportPage({ params }: Props) {
  const preview = await orRefuse(getTranslationImport(await getActor(), (await params).id));
  const { t, lang, L } = await uiText("admin.translations.preview");
  const { errors, changes } = preview;
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/translations" className="inline-block min-h-6">
          {L("back")}
        </Link>
      </p>
      <h1 lang={lang("title")} className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-4 break-words">
        {L("file", { name: preview.fileName, date: formatDateTime(preview.createdAt) })}
      </p>
      <p className="mt-2 font-semibold" role="status">
        {L("summary", { changes: changes.length, unchanged: preview.unchanged, errors: errors.length })}
      </p>

      {errors.length > 0 && (
        <section aria-labelledby="errors-heading">
          <h2 id="errors-heading" lang={lang("errorsHeading")} className="mt-8 text-2xl font-bold text-red-800">
            {t("errorsHeading")}
          </h2>
          <p className="mt-2 max-w-3xl">{L("errorsIntro")}</p>
          <FileProblemsTable
            captionId="errors-caption"
            caption={L("errorsCaption")}
            labels={{
              sheet: L("sheet"),
              row: L("row"),
              column: L("column"),
              problem: L("problem"),
              wholeFile: L("wholeFile"),
            }}
            problems={errors}
          />
        </section>
      )}

      {changes.length > 0 && (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading" lang={lang("changesHeading")} className="mt-8 text-2xl font-bold">
            {t("changesHeading")}
          </h2>
          <ScrollRegion labelledBy="changes-caption" className="mt-4">
            <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
              <caption id="changes-caption" lang={lang("changesCaption")} className="sr-only">
                {t("changesCaption")}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-700">
                  <th scope="col" className={TH}>
                    {L("key")}
                  </th>
                  <th scope="col" className={TH}>
                    {L("before")}
                  </th>
                  <th scope="col" className="py-2">
                    {L("after")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.key} className="border-b border-slate-300 align-top">
                    <th scope="row" className={`${TH} font-mono text-xs font-normal break-all`}>
                      {c.key}
                    </th>
                    <td className={TH}>
                      <del className="decoration-1">{c.before}</del>
                    </td>
                    <td className="py-2 font-semibold" lang="mi">
                      <ins className="no-underline">{c.after}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}

      {preview.appliedAt ? (
        <p className="mt-8 font-semibold">{L("applied", { date: formatDateTime(preview.appliedAt) })}</p>
      ) : errors.length === 0 && changes.length > 0 ? (
        <ButtonForm
          action={applyTranslationsAction}
          hidden={{ importId: preview.id }}
          label={t("apply")}
          hint={t("applyHint")}
          hintId="apply-hint"
        />
      ) : (
        errors.length === 0 && <p className="mt-8 font-semibold">{L("nothing")}</p>
      )}
      <p className="mt-6">
        <Link href="/admin/translations" className="inline-block min-h-6">
          {L("again")}
        </Link>
      </p>
    </>
  );
}
