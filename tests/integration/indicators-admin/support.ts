import { and, count, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";

/** A FormData as the browser would post it; arrays become repeated names (checkbox groups). */
export function form(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

export async function ids(db: Db) {
  const [tec] = await db.select().from(t.agencies).where(eq(t.agencies.slug, "tec"));
  const [a14] = await db.select().from(t.actions).where(eq(t.actions.code, "1.4"));
  const [a15] = await db.select().from(t.actions).where(eq(t.actions.code, "1.5"));
  const [r1] = await db.select().from(t.recommendations).where(eq(t.recommendations.number, 1));
  const [open] = await db
    .select()
    .from(t.reportingPeriods)
    .where(isNull(t.reportingPeriods.closedAt))
    .orderBy(desc(t.reportingPeriods.startsOn))
    .limit(1);
  const [closed] = await db
    .select()
    .from(t.reportingPeriods)
    .where(isNotNull(t.reportingPeriods.closedAt))
    .orderBy(desc(t.reportingPeriods.startsOn))
    .limit(1);
  return { tec: tec!, a14: a14!, a15: a15!, r1: r1!, open: open!, closed: closed! };
}

export function indicatorForm(
  refs: { agencyId: number; actionIds: number[]; recommendationIds: number[] },
  overrides: Record<string, string | string[]> = {},
): FormData {
  return form({
    code: "T1",
    title: "School leavers with a career plan",
    titleMi: "",
    description: "Share of school leavers who leave with a written career plan.",
    unit: "%",
    direction: "increase",
    baselineValue: "31.5",
    baselineDate: "2024-06-30",
    targetValue: "60",
    targetDate: "2028-06-30",
    dataSource: "Ministry of Education leavers data",
    ownerAgencyId: String(refs.agencyId),
    actionIds: refs.actionIds.map(String),
    recommendationIds: refs.recommendationIds.map(String),
    ...overrides,
  });
}

export async function indicatorAudit(db: Db, indicatorId?: number) {
  return db
    .select()
    .from(t.auditEvents)
    .where(
      indicatorId === undefined
        ? eq(t.auditEvents.entity, "indicator")
        : and(eq(t.auditEvents.entity, "indicator"), eq(t.auditEvents.entityId, String(indicatorId))),
    )
    .orderBy(t.auditEvents.id);
}

export async function counts(db: Db) {
  const [[i], [a], [r], [x]] = await Promise.all([
    db.select({ n: count() }).from(t.indicators),
    db.select({ n: count() }).from(t.indicatorActions),
    db.select({ n: count() }).from(t.indicatorReadings),
    db.select({ n: count() }).from(t.auditEvents),
  ]);
  return { indicators: i!.n, links: a!.n, readings: r!.n, audit: x!.n };
}

export async function readingRows(db: Db, indicatorId: number, periodId: number) {
  const rows = await db
    .select()
    .from(t.indicatorReadings)
    .where(and(eq(t.indicatorReadings.indicatorId, indicatorId), eq(t.indicatorReadings.periodId, periodId)));
  return Object.fromEntries(rows.map((r) => [`${r.breakdownKind}:${r.breakdownValue}`, r.value]));
}
