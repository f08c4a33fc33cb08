/**
 * The public shape of the plan: published content only. Built by lib/dal/public-plan.ts, read by
 * every public page and the open-data API. Dates are ISO strings so the whole object can be cached
 * and serialised as it is. Internal notes, drafts and staff are never part of it.
 */
import type { ApiCriterion, ApiEvidence, ApiMilestone, ApiStatus, ApiUpdate } from "@/lib/api/openapi/schemas";
import type { ActionPlanState, Confidence, Provenance, Stage } from "@/lib/status/vocabulary";

// A published update, its evidence, an action's status, milestones and criteria are the same shape on
// the public pages as in the open-data API, whose schemas define them once.
export type PublicMilestone = ApiMilestone;
export type PublicCriterion = ApiCriterion;
export type PublicEvidence = ApiEvidence;
export type PublicStatus = ApiStatus;
/** A published update; `period` is its label, e.g. "2026 Q3". */
export type PublicUpdate = ApiUpdate;

export type PublicAgency = {
  slug: string;
  acronym: string;
  name: string;
  nameMi: string | null;
  websiteUrl: string | null;
};

export type PublicFocusArea = {
  number: number;
  title: string;
  titleMi: string | null;
  description: string;
  provenance: Provenance;
  sourceUrl: string | null;
};

export type PublicRecommendation = PublicFocusArea & { focusArea: number; workstreams: number[] };

export type PublicWorkstream = {
  number: number;
  title: string;
  titleMi: string | null;
  description: string;
  leadAgency: string;
  recommendations: number[];
  provenance: Provenance;
  sourceUrl: string | null;
};

export type PublicAction = {
  code: string;
  title: string;
  titleMi: string | null;
  description: string;
  workstream: number;
  /** The primary workstream's recommendations and any further ones. */
  recommendations: number[];
  leadAgency: string;
  contributingAgencies: string[];
  foundational: boolean;
  /**
   * Where the action stands in the approved plan: active, not proceeding (stopped by a plan
   * version) or superseded (merged or split), then by `supersededBy`'s codes. It stays listed either way.
   */
  planState: ActionPlanState;
  supersededBy: string[];
  baselineStart: string;
  baselineDue: string;
  forecastDue: string | null;
  slipDays: number;
  provenance: Provenance;
  sourceUrl: string | null;
  predecessors: string[];
  successors: string[];
  milestones: PublicMilestone[];
  criteria: PublicCriterion[];
  progress: { done: number; total: number; percent: number } | null;
  status: PublicStatus;
  /**
   * The latest published update. The whole history is read a page at a time (lib/dal/public-updates.ts),
   * never kept with the plan.
   */
  latestUpdate: PublicUpdate | null;
  /** The New Zealand date a finished action finished (see finishedOn), null while unfinished. */
  finishedOn: string | null;
  /** The action's published status at the end of the latest and the previous closed periods. */
  closedStatus: { latest: StatusAt; previous: StatusAt };
};

/** An action's published status as it stood at the end of a period: its latest update up to then. */
export type StatusAt = { stage: Stage; confidence: Confidence | null } | null;

export type PublicPeriod = {
  label: string;
  startsOn: string;
  endsOn: string;
  dueAt: string;
  closesAt: string;
  closed: boolean;
};

export type PublicPlanVersion = { version: string; effectiveOn: string; summary: string; approvedBy: string };

export type PublicPlan = {
  plan: {
    title: string;
    titleMi: string | null;
    strategyTitle: string;
    strategyTitleMi: string | null;
    startsOn: string;
    endsOn: string;
    approvedOn: string | null;
    approvedBy: string | null;
    version: string;
    provenance: Provenance;
    sourceUrl: string | null;
    /** When this view of the plan was read from the database. */
    asAt: string;
  };
  versions: PublicPlanVersion[];
  agencies: PublicAgency[];
  focusAreas: PublicFocusArea[];
  recommendations: PublicRecommendation[];
  workstreams: PublicWorkstream[];
  actions: PublicAction[];
  periods: PublicPeriod[];
  latestClosedPeriod: string | null;
  previousClosedPeriod: string | null;
};
