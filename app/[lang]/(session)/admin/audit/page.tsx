import type { Metadata } from "next";
import { AdminPageHead } from "@/components/admin/admin-page-head";
import { getTranslations } from "next-intl/server";
import { SECONDARY_BUTTON } from "@/components/admin/buttons";
import { Pager } from "@/components/pager";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { errorId, fieldId, INPUT_CLASS } from "@/components/staff/form-fields";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { listAuditEvents } from "@/lib/dal/audit-trail";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { formatDateTime } from "@/lib/format/dates";
import { AUDIT_FILTER_FIELDS, auditQuery, parseAuditFilters } from "@/lib/people/audit-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const change = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v, null, 1));

export default async function AuditTrailPage({ searchParams }: Props) {
  const { filters, errors, values, page } = parseAuditFilters(await searchParams);
  const trail = await orRefuse(listAuditEvents(await getActor(), filters, page));
  const { t, lang, L } = await uiText("admin.audit");
  const invalid = AUDIT_FILTER_FIELDS.filter((f) => errors[f]);
  const described = (name: string) => ({
    id: fieldId(name),
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errorId(name),
  });
  const fieldError = (name: string) => (
    <p id={errorId(name)} className="mt-1 text-sm font-semibold text-red-800 empty:hidden">
      {errors[name]?.join(" ")}
    </p>
  );
  return (
    <>
      <AdminPageHead namespace="admin.audit" />
      {invalid.length > 0 && (
        <div aria-labelledby="filter-problems" className="mt-6 border-4 border-red-700 px-4 py-3">
          <h2 id="filter-problems" lang={lang("problems")} className="text-xl font-bold">
            {t("problems")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {invalid.map((f) => (
              <li key={f}>
                <a href={`#${fieldId(f)}`} className="font-semibold text-red-800">
                  {t(`fields.${f}`)}: {errors[f]!.join(" ")}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="get" className="mt-6 grid max-w-5xl gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("filter")}>
        <div>
          <label htmlFor={fieldId("entity")} className="block font-semibold">
            {L("fields.entity")}
          </label>
          <select {...described("entity")} defaultValue={values.entity} className={INPUT_CLASS}>
            <option value="">{t("anyEntity")}</option>
            {trail.entities.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
          {fieldError("entity")}
        </div>
        <div>
          <label htmlFor={fieldId("actor")} className="block font-semibold">
            {L("fields.actor")}
          </label>
          <input type="text" {...described("actor")} defaultValue={values.actor} className={INPUT_CLASS} />
          {fieldError("actor")}
        </div>
        <div>
          <label htmlFor={fieldId("from")} className="block font-semibold">
            {L("fields.from")}
          </label>
          <input type="date" {...described("from")} defaultValue={values.from} className={INPUT_CLASS} />
          {fieldError("from")}
        </div>
        <div>
          <label htmlFor={fieldId("to")} className="block font-semibold">
            {L("fields.to")}
          </label>
          <input type="date" {...described("to")} defaultValue={values.to} className={INPUT_CLASS} />
          {fieldError("to")}
        </div>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
          <button type="submit" className={SECONDARY_BUTTON}>
            {t("show")}
          </button>
          <a href={`/admin/audit/audit.csv${auditQuery(filters)}`} className="inline-block min-h-6">
            {L("csv")}
          </a>
        </div>
      </form>
      {trail.rows.length === 0 ? (
        <p className="mt-6 font-semibold">{L("none")}</p>
      ) : (
        <>
          <ScrollRegion labelledBy="audit-caption" className="mt-6">
            <table className="w-full border-collapse text-left text-sm">
              <caption id="audit-caption" className="mb-2 text-left text-xl font-bold">
                {L("caption", { total: trail.total })}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-700">
                  <th scope="col" className="py-2 pr-4">
                    {L("table.when")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {L("table.who")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {L("table.what")}
                  </th>
                  <th scope="col" className="py-2">
                    {L("table.change")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {trail.rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-300 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                      {formatDateTime(r.occurredAt)}
                    </th>
                    <td className="py-2 pr-4 break-words">{r.actor}</td>
                    <td className="py-2 pr-4">
                      <span className="font-semibold">{r.event}</span>
                      <span className="block">
                        {r.entity} {r.entityId}
                      </span>
                      {r.reason && <span className="block">{r.reason}</span>}
                    </td>
                    <td className="py-2">
                      <pre className="max-w-md text-xs break-all whitespace-pre-wrap">
                        {[change(r.before), change(r.after)].filter(Boolean).join("\n→\n")}
                      </pre>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pager
            namespace="admin.audit.pager"
            list={t("title")}
            page={trail.page}
            total={trail.total}
            pageSize={trail.pageSize}
            href={(n) => `/admin/audit${auditQuery(filters, n)}`}
          />
        </>
      )}
    </>
  );
}
