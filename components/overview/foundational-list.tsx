import { getLocale, getTranslations } from "next-intl/server";
import { LocaleLink } from "@/i18n/navigation";
import { ActionStatusChips, statusText } from "@/components/status/status-badge";
import { formatDate } from "@/lib/format/dates";
import { HELD_UP_CODES_SHOWN } from "@/lib/paging/pages";
import type { FoundationalRisk } from "@/lib/public/dependency-risk";
import { overdueDaysOf } from "@/lib/status/overdue";

/**
 * Foundational actions, one row each: status, due date and the open actions each holds up. A row
 * names at most HELD_UP_CODES_SHOWN of those; the action's own page lists them all.
 */
export async function FoundationalList({ risks }: { risks: readonly FoundationalRisk[] }) {
  const [t, text, locale] = await Promise.all([getTranslations("overview"), statusText(), getLocale()]);
  return (
    <ul className="mt-4 space-y-4">
      {risks.map(({ action, successorsAtRisk }) => {
        const named = successorsAtRisk.slice(0, HELD_UP_CODES_SHOWN);
        const more = successorsAtRisk.length - named.length;
        return (
          <li key={action.code} className="border-l-4 border-[var(--color-brand)] pl-4">
            <p className="font-semibold">
              <LocaleLink locale={locale} href={`/actions/${action.code}`}>
                {action.code} {action.title}
              </LocaleLink>
            </p>
            <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-[0.95rem]">
              <ActionStatusChips {...action.status} overdueDays={overdueDaysOf(action)} text={text} />
              <span>
                {action.slipDays > 0 && action.forecastDue
                  ? t("forecastLine", { forecast: formatDate(action.forecastDue), days: action.slipDays })
                  : t("dueLine", { baseline: formatDate(action.baselineDue) })}
              </span>
            </div>
            {successorsAtRisk.length === 0 ? (
              <p className="mt-1 text-[0.95rem]">{t("nothingAtRisk")}</p>
            ) : (
              <p className="mt-1 text-[0.95rem]">
                <strong>{t("heldUp", { count: successorsAtRisk.length })}</strong>{" "}
                {named.map((r, i) => (
                  <span key={r.code}>
                    {i > 0 && ", "}
                    <LocaleLink locale={locale} href={`/actions/${r.code}`}>
                      {r.code}
                    </LocaleLink>
                  </span>
                ))}
                {more > 0 && (
                  <>
                    {" "}
                    <LocaleLink locale={locale} href={`/actions/${action.code}#dependencies-heading`}>
                      {t("heldUpMore", { count: more, code: action.code })}
                    </LocaleLink>
                  </>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
