/** Published updates shown per page of an action's history, newest first. */
export const HISTORY_PAGE_SIZE = 10;

/** The page of history asked for in the address (`?history=2`): the first when absent or not a page, the last when past it. */
export function historyPage(param: unknown, total: number): number {
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const n = typeof param === "string" && /^\d{1,6}$/.test(param) ? Number(param) : 1;
  return Math.min(Math.max(n, 1), pages);
}
