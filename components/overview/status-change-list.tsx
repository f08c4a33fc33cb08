import { getLocale, getTranslations } from "next-intl/server";
import { LocaleLink } from "@/i18n/navigation";
import { StatusChip, statusText, type StatusText } from "@/components/status/status-badge";
import type { StatusChange, StatusAt } from "@/lib/public/changes-since";

function Status({ status, text }: { status: NonNullable<StatusAt>; text: StatusText }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <StatusChip status={status.stage} text={text} />
      {status.confidence && <StatusChip status={status.confidence} text={text} />}
    </span>
  );
}

/** Status changes as a list, one row each: the action, what it was and what it is now. */
export async function StatusChangeList({ changes }: { changes: readonly StatusChange[] }) {
  const [t, text, locale] = await Promise.all([getTranslations("overview"), statusText(), getLocale()]);
  return (
    <ul className="mt-4 divide-y divide-slate-300 border-y border-slate-300">
      {changes.map((c) => (
        <li key={c.code} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3">
          <LocaleLink locale={locale} href={`/actions/${c.code}`} className="font-semibold">
            {c.code} {c.title}
          </LocaleLink>
          {c.from ? (
            <span className="inline-flex flex-wrap items-center gap-2 text-[0.95rem]">
              {t("was")} <Status status={c.from} text={text} /> {t("now")} <Status status={c.to} text={text} />
            </span>
          ) : (
            <span className="inline-flex flex-wrap items-center gap-2 text-[0.95rem]">
              {t("firstReport")}: <Status status={c.to} text={text} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
