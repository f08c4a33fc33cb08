import "server-only";
import { asc, count, sql } from "drizzle-orm";
import { isReleased } from "../visibility";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { periodPhase, type PeriodPhase } from "@/lib/periods/quarters";
import { getDb } from "../db";
import { notFound } from "../updates/errors";
import { requireMonitor } from "./access";

export type PeriodRow = {
  id: number;
  label: string;
  startsOn: string;
  endsOn: string;
  opensAt: Date;
  dueAt: Date;
  graceUntil: Date;
  closesAt: Date;
  closedAt: Date | null;
  updatedAt: Date;
  phase: PeriodPhase;
  /** Updates for this period that reached TEC or the public (submitted at some point). */
  submitted: number;
  /** Updates for this period that are published. */
  published: number;
};

export type PeriodList = { actions: number; periods: PeriodRow[] };

/** Every reporting period, newest first, with its phase at `now` and how much reporting came in. */
export async function listPeriods(actor: Actor, now = new Date()): Promise<PeriodList> {
  requireMonitor(actor);
  const db = await getDb();
  const [periods, counts, [actions]] = await Promise.all([
    db.select().from(t.reportingPeriods).orderBy(asc(t.reportingPeriods.startsOn)),
    db
      .select({
        periodId: t.progressUpdates.periodId,
        submitted: sql<number>`count(*) filter (where ${t.progressUpdates.submittedAt} is not null)`.mapWith(Number),
        published: sql<number>`count(*) filter (where ${isReleased})`.mapWith(Number),
      })
      .from(t.progressUpdates)
      .groupBy(t.progressUpdates.periodId),
    db.select({ n: count() }).from(t.actions),
  ]);
  const countsBy = new Map(counts.map((c) => [c.periodId, c]));
  return {
    actions: actions?.n ?? 0,
    periods: periods
      .map((p) => ({
        id: p.id,
        label: p.label,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        opensAt: p.opensAt,
        dueAt: p.dueAt,
        graceUntil: p.graceUntil,
        closesAt: p.closesAt,
        closedAt: p.closedAt,
        updatedAt: p.updatedAt,
        phase: periodPhase(p, now),
        submitted: countsBy.get(p.id)?.submitted ?? 0,
        published: countsBy.get(p.id)?.published ?? 0,
      }))
      .reverse(),
  };
}

/** One period, for its edit page; also says whether an earlier period is still open. */
export async function getPeriod(
  actor: Actor,
  id: number,
  now = new Date(),
): Promise<PeriodRow & { earlierOpen: string | null }> {
  requireMonitor(actor);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound("reporting period");
  const { periods } = await listPeriods(actor, now);
  const period = periods.find((p) => p.id === id);
  if (!period) throw notFound("reporting period");
  const earlier = periods.filter((p) => !p.closedAt && p.startsOn < period.startsOn).at(-1);
  return { ...period, earlierOpen: earlier?.label ?? null };
}
