import "server-only";
import { asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import type { ActionSnapshot, IndicatorSnapshot } from "@/lib/periods/snapshot";
import { buildQuarterlyReport } from "@/lib/reports/build-report";
import { periodSlug } from "@/lib/periods/period-slug";
import { planVersionAt } from "@/lib/reports/plan-version";
import { publicReport } from "@/lib/reports/public-report";
import type { QuarterlyReport, ReportPeriod } from "@/lib/reports/types";
import { getDb } from "./db";

/** Any signed-in role sees the staff version; everyone else the public one. */
export function reportVersionFor(actor: Actor): QuarterlyReport["version"] {
  return actor.kind === "user" ? "staff" : "public";
}

/** Closed periods, newest first, for the list of reports. Public: the list itself says nothing internal. */
export async function listClosedPeriods(): Promise<Omit<ReportPeriod, "planVersion">[]> {
  const db = await getDb();
  const rows = await db
    .select({
      label: t.reportingPeriods.label,
      startsOn: t.reportingPeriods.startsOn,
      endsOn: t.reportingPeriods.endsOn,
      closedAt: t.reportingPeriods.closedAt,
    })
    .from(t.reportingPeriods)
    .where(isNotNull(t.reportingPeriods.closedAt))
    .orderBy(desc(t.reportingPeriods.startsOn));
  return rows.map((r) => ({ ...r, slug: periodSlug(r.label), closedAt: r.closedAt!.toISOString() }));
}

export type ReportResult =
  { status: "unknown" } | { status: "open"; label: string } | { status: "ready"; report: QuarterlyReport };

/**
 * The quarterly report of the period with this slug (`2026-q3`), built from its frozen snapshot and
 * the previous closed period's, never from live updates: one row per action and per indicator.
 */
export async function loadQuarterlyReport(actor: Actor, slug: string): Promise<ReportResult> {
  const db = await getDb();
  // A handful of rows (one a quarter): matching the slug here keeps labels free-form.
  const periods = await db
    .select({
      id: t.reportingPeriods.id,
      label: t.reportingPeriods.label,
      startsOn: t.reportingPeriods.startsOn,
      endsOn: t.reportingPeriods.endsOn,
      closedAt: t.reportingPeriods.closedAt,
    })
    .from(t.reportingPeriods)
    .orderBy(asc(t.reportingPeriods.startsOn));
  const index = periods.findIndex((p) => periodSlug(p.label) === slug);
  const period = periods[index];
  if (!period) return { status: "unknown" };
  if (!period.closedAt) return { status: "open", label: period.label };
  const previous = periods
    .slice(0, index)
    .reverse()
    .find((p) => p.closedAt);

  const ids = previous ? [period.id, previous.id] : [period.id];
  const [actionRows, indicatorRows, versions] = await Promise.all([
    db
      .select({ periodId: t.periodSnapshots.periodId, payload: t.periodSnapshots.payload })
      .from(t.periodSnapshots)
      .where(inArray(t.periodSnapshots.periodId, ids)),
    db
      .select({ payload: t.periodIndicatorSnapshots.payload })
      .from(t.periodIndicatorSnapshots)
      .where(eq(t.periodIndicatorSnapshots.periodId, period.id)),
    db
      .select({
        version: t.planVersions.version,
        effectiveOn: t.planVersions.effectiveOn,
        publishedAt: t.planVersions.publishedAt,
        state: t.planVersions.state,
      })
      .from(t.planVersions),
  ]);
  const actionsOf = (id: number) => actionRows.filter((r) => r.periodId === id).map((r) => r.payload as ActionSnapshot);

  const report = buildQuarterlyReport({
    period: {
      label: period.label,
      slug,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      closedAt: period.closedAt.toISOString(),
      planVersion: planVersionAt(versions, period.closedAt),
    },
    actions: actionsOf(period.id),
    indicators: indicatorRows.map((r) => r.payload as IndicatorSnapshot),
    previous: previous ? { label: previous.label, actions: actionsOf(previous.id) } : null,
  });
  return { status: "ready", report: reportVersionFor(actor) === "staff" ? report : publicReport(report) };
}
