/**
 * Long staff lists come a page at a time: the page number lives in the address (`?page=N`), so a
 * page can be bookmarked and opened without JavaScript. Unknown or out-of-range numbers never fail:
 * they fall back to the nearest page that exists.
 */

/**
 * Rows a dashboard widget shows before linking to its full list: the most urgent ten. The dashboard
 * has four such lists, and every row is sent twice (as HTML and in the page's React payload).
 */
export const WIDGET_FIRST_ROWS = 10;
/** Periods the confidence trend shows on the dashboard, the latest: two years of quarters. */
export const WIDGET_TREND_PERIODS = 8;
/** Rows per page of a widget's full list: its first page begins with what the widget shows. */
export const WIDGET_LIST_PAGE_SIZE = 25;
/** Rows per page of the actions behind a dashboard number. */
export const DRILL_PAGE_SIZE = 50;
/**
 * Rows per page of the public actions list and its search results: the demo plan's 33 actions fit
 * on one, and a page of a large plan stays near 200 KB (each row is sent twice, as HTML and in the
 * page's inlined React payload).
 */
export const ACTIONS_PAGE_SIZE = 50;
/** Rows each list on the public home page shows before linking to its full list. */
export const HOME_LIST_ROWS = 10;
/** Rows per page of a home-page list's full list (status changes, foundational actions). */
export const OVERVIEW_LIST_PAGE_SIZE = 25;
/** Codes of the held-up actions a foundational action's row names before "and N more". */
export const HELD_UP_CODES_SHOWN = 5;
/** Updates per page of the review queue (each is a large card). */
export const REVIEW_PAGE_SIZE = 20;

export type PageRequest = { page: number; pageSize: number };

/** A page of a list: its rows, the whole list's size, and where the page sits in it. */
export type Paged<T> = { rows: T[]; total: number; page: number; pageSize: number };

/** The page number asked for in the address: a positive whole number, else 1. */
export function pageParam(value: string | string[] | undefined): number {
  const v = Array.isArray(value) ? value[0] : value;
  return v && /^\d{1,6}$/.test(v) && Number(v) > 0 ? Number(v) : 1;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The page actually shown: the one asked for, or the last one when it asked past the end. */
export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.min(Math.max(1, page), pageCount(total, pageSize));
}

/** The page numbers worth a link: the first, the last, and two either side of the current one. */
export function pageLinks(page: number, pages: number): (number | "gap")[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? ["gap" as const, n] : [n]));
}

/** The rows to skip in SQL for a page. */
export function pageOffset({ page, pageSize }: PageRequest): number {
  return (Math.max(1, page) - 1) * pageSize;
}

/** A page of a list already in memory (the last page when asked past the end). */
export function pageOf<T>(all: readonly T[], request: PageRequest): Paged<T> {
  const page = clampPage(request.page, all.length, request.pageSize);
  const from = pageOffset({ page, pageSize: request.pageSize });
  return { rows: all.slice(from, from + request.pageSize), total: all.length, page, pageSize: request.pageSize };
}

/** The positions (1-based, inclusive) of a page's first and last rows; 0–0 for an empty list. */
export function pageSpan(p: Paged<unknown>): { from: number; to: number } {
  if (p.total === 0 || p.rows.length === 0) return { from: 0, to: 0 };
  const from = pageOffset(p) + 1;
  return { from, to: from + p.rows.length - 1 };
}

/**
 * A page of a list counted and read in SQL: `count` gives the total, `read` one page of rows.
 * When the page asked for is past the end, the last page is read instead.
 */
export async function readPage<T>(
  request: PageRequest,
  count: () => Promise<number>,
  read: (limit: number, offset: number) => Promise<T[]>,
): Promise<Paged<T>> {
  const { pageSize } = request;
  const asked = Math.max(1, request.page);
  const [total, rows] = await Promise.all([count(), read(pageSize, pageOffset({ page: asked, pageSize }))]);
  const page = clampPage(asked, total, pageSize);
  if (page === asked) return { rows, total, page, pageSize };
  return { rows: total === 0 ? [] : await read(pageSize, pageOffset({ page, pageSize })), total, page, pageSize };
}
