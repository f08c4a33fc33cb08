import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { pageCount, pageLinks } from "@/lib/paging/pages";

/**
 * Links to the other pages of a long list: previous, numbered pages (the current one marked with
 * aria-current) and next, in a `nav` named for the list. Nothing when everything fits on one page.
 * `namespace` holds the words: `label` ({list}), `previous`, `next`, `page` ({page}), `current` ({page}).
 */
export async function Pager({
  namespace,
  list,
  page,
  total,
  pageSize,
  href,
}: {
  namespace:
    | "dashboard.pager"
    | "review.pager"
    | "actions.list.pager"
    | "overview.pager"
    | "admin.audit.pager"
    | "admin.outbox.pager";
  /** What the list is, for the navigation's name ("Pages of the review queue"). */
  list: string;
  page: number;
  total: number;
  pageSize: number;
  href: (page: number) => string;
}) {
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  const { t, L } = await uiText(namespace);
  const link = "inline-block min-h-6 min-w-6 px-1 py-0.5";
  return (
    <nav aria-label={t("label", { list })} className="mt-4">
      <ul className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} className={link}>
              {L("previous")}
            </Link>
          </li>
        )}
        {pageLinks(page, pages).map((n, i) =>
          n === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <Link href={href(n)} aria-current="page" className={`${link} font-bold no-underline`}>
                  <span className="sr-only">{t("current", { page: n })}</span>
                  <span aria-hidden="true">{n}</span>
                </Link>
              ) : (
                <Link href={href(n)} className={link}>
                  <span className="sr-only">{t("page", { page: n })}</span>
                  <span aria-hidden="true">{n}</span>
                </Link>
              )}
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} className={link}>
              {L("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
