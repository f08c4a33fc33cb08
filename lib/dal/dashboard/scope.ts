import "server-only";
import { asc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor, UserActor } from "@/lib/permissions/actor";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { periodSlug } from "@/lib/periods/period-slug";
import { periodPhase, type PeriodPhase } from "@/lib/periods/quarters";
import { getDb } from "../db";
import { WorkflowError } from "../updates/errors";

export type ScopePeriod = {
  id: number;
  label: string;
  slug: string;
  startsOn: string;
  endsOn: string;
  opensAt: Date;
  dueAt: Date;
  graceUntil: Date;
  closesAt: Date;
  closedAt: Date | null;
  phase: PeriodPhase;
};

/**
 * Who is looking and at what: the period, and the slice of actions. TEC monitors see everything
 * and may filter by agency; an approver always sees their own agency's slice (actions it leads or
 * contributes to), whatever the URL says.
 */
export type DashboardScope = {
  actor: UserActor;
  now: Date;
  /**
   * True when `now` is the moment of the request (no clock was given): the live status may then be
   * served from this server's memory of the public record (lib/dal/dashboard/status-source.ts).
   */
  present: boolean;
  planId: number;
  period: ScopePeriod;
  periods: ScopePeriod[];
  workstreams: { id: number; number: number; title: string }[];
  agencies: { id: number; slug: string; acronym: string; name: string }[];
  workstreamId: number | null;
  agencyId: number | null;
  agencyLocked: boolean;
  /** The filters as applied (unknown values dropped; an approver's agency filled in). */
  filters: DashboardFilters;
};

export function canSeeDashboard(actor: Actor): actor is UserActor {
  return actor.kind === "user" && (actor.role === "tec_monitor" || actor.role === "agency_approver");
}

export async function loadDashboardScope(
  actor: Actor,
  filters: DashboardFilters,
  clock?: Date,
): Promise<DashboardScope> {
  const now = clock ?? new Date();
  if (!canSeeDashboard(actor)) {
    throw new WorkflowError("forbidden", "The dashboard is for TEC monitors and agency approvers.");
  }
  const db = await getDb();
  const [plan] = await db.select({ id: t.plans.id }).from(t.plans).orderBy(asc(t.plans.id)).limit(1);
  if (!plan) throw new WorkflowError("not_found", "There is no plan loaded yet.");
  const [periodRows, workstreams, agencies] = await Promise.all([
    db.select().from(t.reportingPeriods).orderBy(asc(t.reportingPeriods.startsOn)),
    db
      .select({ id: t.workstreams.id, number: t.workstreams.number, title: t.workstreams.title })
      .from(t.workstreams)
      .where(eq(t.workstreams.planId, plan.id))
      .orderBy(asc(t.workstreams.number)),
    db
      .select({ id: t.agencies.id, slug: t.agencies.slug, acronym: t.agencies.acronym, name: t.agencies.name })
      .from(t.agencies)
      .orderBy(asc(t.agencies.acronym)),
  ]);
  if (periodRows.length === 0) throw new WorkflowError("not_found", "There are no reporting periods yet.");
  const periods = periodRows.map((p) => ({
    id: p.id,
    label: p.label,
    slug: periodSlug(p.label),
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    opensAt: p.opensAt,
    dueAt: p.dueAt,
    graceUntil: p.graceUntil,
    closesAt: p.closesAt,
    closedAt: p.closedAt,
    phase: periodPhase(p, now),
  }));
  // By default the period being reported on now: the oldest one still open for updates.
  const current =
    periods.find((p) => p.phase === "open" || p.phase === "grace" || p.phase === "late") ??
    [...periods].reverse().find((p) => p.phase !== "upcoming") ??
    periods[0]!;
  const period = periods.find((p) => p.slug === filters.period) ?? current;
  const workstream = workstreams.find((w) => w.number === filters.workstream) ?? null;
  const agencyLocked = actor.role === "agency_approver";
  const agency = agencyLocked
    ? (agencies.find((a) => a.id === actor.agencyId) ?? null)
    : (agencies.find((a) => a.slug === filters.agency) ?? null);
  if (agencyLocked && !agency) throw new WorkflowError("forbidden", "Your account is not linked to an agency.");
  return {
    actor,
    now,
    present: clock === undefined,
    planId: plan.id,
    period,
    periods,
    workstreams,
    agencies,
    workstreamId: workstream?.id ?? null,
    agencyId: agency?.id ?? null,
    agencyLocked,
    filters: {
      period: period === current ? null : period.slug,
      workstream: workstream?.number ?? null,
      agency: agencyLocked ? null : (agency?.slug ?? null),
    },
  };
}
