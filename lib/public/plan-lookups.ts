/**
 * Lookups over the public plan for the plan pages: who leads what, which actions serve a
 * recommendation. Pure, so the pages and their tests agree on what "belongs" to what.
 */
import type { PublicAction, PublicAgency, PublicPlan, PublicWorkstream } from "./types";

export type PlanIndex = {
  agency: (slug: string) => PublicAgency | undefined;
  workstream: (n: number) => PublicWorkstream | undefined;
  action: (code: string) => PublicAction | undefined;
};

export function indexPlan(plan: Pick<PublicPlan, "agencies" | "workstreams" | "actions">): PlanIndex {
  const agencies = new Map(plan.agencies.map((a) => [a.slug, a]));
  const workstreams = new Map(plan.workstreams.map((w) => [w.number, w]));
  const actions = new Map(plan.actions.map((a) => [a.code, a]));
  return {
    agency: (slug) => agencies.get(slug),
    workstream: (n) => workstreams.get(n),
    action: (code) => actions.get(code),
  };
}

/**
 * A route segment as a positive whole number ("3"), or null for anything else ("03", "3.0", "x"),
 * so each number has exactly one address.
 */
export function parseNumberParam(segment: string): number | null {
  return /^[1-9]\d{0,3}$/.test(segment) ? Number(segment) : null;
}

/** Actions that serve a recommendation, through their workstream or directly. */
export function actionsForRecommendation(actions: readonly PublicAction[], recommendation: number): PublicAction[] {
  return actions.filter((a) => a.recommendations.includes(recommendation));
}

/** Actions whose primary workstream is `workstream` (each action counts once, there). */
export function actionsOfWorkstream(actions: readonly PublicAction[], workstream: number): PublicAction[] {
  return actions.filter((a) => a.workstream === workstream);
}

export type AgencyInvolvement = {
  agency: PublicAgency;
  workstreamsLed: PublicWorkstream[];
  actionsLed: PublicAction[];
  actionsContributing: PublicAction[];
};

export function agencyInvolvement(
  plan: Pick<PublicPlan, "workstreams" | "actions">,
  agency: PublicAgency,
): AgencyInvolvement {
  return {
    agency,
    workstreamsLed: plan.workstreams.filter((w) => w.leadAgency === agency.slug),
    actionsLed: plan.actions.filter((a) => a.leadAgency === agency.slug),
    actionsContributing: plan.actions.filter(
      (a) => a.leadAgency !== agency.slug && a.contributingAgencies.includes(agency.slug),
    ),
  };
}

/** Agencies that lead a workstream or an action, or contribute to one; in the plan's agency order. */
export function involvedAgencies(plan: Pick<PublicPlan, "agencies" | "workstreams" | "actions">): AgencyInvolvement[] {
  return plan.agencies
    .map((a) => agencyInvolvement(plan, a))
    .filter((i) => i.workstreamsLed.length + i.actionsLed.length + i.actionsContributing.length > 0);
}
