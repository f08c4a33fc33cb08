/**
 * The dashboard's filters live in the URL (period, workstream, agency), so a view can be
 * bookmarked, shared and opened without JavaScript. Unknown values are dropped, never guessed.
 */

export type DashboardFilters = { period: string | null; workstream: number | null; agency: string | null };

export type DrillCriteria = {
  stage?: string;
  confidence?: string;
  state?: string;
  reporting?: string;
  lead?: string;
  /** Only actions with overdue or slipping milestones, at risk through a predecessor, etc. */
  flag?: string;
};

type Params = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || null;

export function parseDashboardFilters(params: Params): DashboardFilters {
  const ws = one(params.workstream);
  const workstream = ws && /^\d{1,3}$/.test(ws) ? Number(ws) : null;
  const agency = one(params.agency);
  const period = one(params.period);
  return {
    period: period && /^\d{4}-q[1-4]$/i.test(period) ? period.toLowerCase() : null,
    workstream,
    agency: agency && /^[a-z0-9-]{1,60}$/.test(agency) ? agency : null,
  };
}

const DRILL_KEYS = ["stage", "confidence", "state", "reporting", "lead", "flag"] as const;

export function parseDrillCriteria(params: Params): DrillCriteria {
  const criteria: DrillCriteria = {};
  for (const key of DRILL_KEYS) {
    const v = one(params[key]);
    if (v && /^[a-z0-9_-]{1,60}$/.test(v)) criteria[key] = v;
  }
  return criteria;
}

/** A dashboard URL keeping the filters, plus any extra parameters (null removes one). */
export function dashboardHref(
  path: string,
  filters: DashboardFilters,
  extra: Record<string, string | number | null | undefined> = {},
): string {
  const q = new URLSearchParams();
  if (filters.period) q.set("period", filters.period);
  if (filters.workstream !== null) q.set("workstream", String(filters.workstream));
  if (filters.agency) q.set("agency", filters.agency);
  for (const [k, v] of Object.entries(extra)) {
    if (v === null || v === undefined || v === "") q.delete(k);
    else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
