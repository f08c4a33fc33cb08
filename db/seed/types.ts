/**
 * The shape of the demo plan as plain data. The loader (db/seed/load-demo-plan.ts) turns it into
 * rows; tests/unit/seed checks it against the rules of PRODUCT.md §3–§4 before any database is
 * involved.
 */
import type { Confidence, IndicatorDirection, PopulationGroup, Stage, UpdateState } from "../../lib/status/vocabulary";

/** Confirmed items cite a source from shared/reference/ncss-facts.md; the rest are illustrative. */
export type SeedProvenance =
  { provenance: "confirmed"; sourceUrl: string } | { provenance: "illustrative"; sourceUrl?: undefined };

/** Calendar quarter label, e.g. "2024 Q1" (Q1 = January–March). */
export type QuarterLabel = `${number} Q${1 | 2 | 3 | 4}`;

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export type SeedAgency = {
  slug: string;
  acronym: string;
  name: string;
  nameMi?: string;
  websiteUrl?: string;
};

export type SeedPlan = {
  slug: string;
  title: string;
  titleMi: string;
  strategyTitle: string;
  strategyTitleMi: string;
  approvedOn: IsoDate;
  approvedBy: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
} & SeedProvenance;

export type SeedFocusArea = { number: number; title: string; titleMi?: string; description: string } & SeedProvenance;

export type SeedRecommendation = {
  number: number;
  focusArea: number;
  title: string;
  titleMi?: string;
  description: string;
} & SeedProvenance;

export type SeedWorkstream = {
  number: number;
  title: string;
  titleMi?: string;
  description: string;
  leadAgency: string;
  recommendations: number[];
} & SeedProvenance;

export type SeedMilestone = {
  title: string;
  titleMi?: string;
  baselineDue: IsoDate;
  forecastDue?: IsoDate;
  completedOn?: IsoDate;
  weight?: number;
};

export type SeedCriterionMet = { criterion: number; evidenceUrl?: string; evidenceReference?: string };

/** One progress update in an action's demo history. */
export type SeedStoryEntry = {
  period: QuarterLabel;
  /** Default "published". Unpublished entries must sit in a period that is still open. */
  state?: UpdateState;
  stage: Stage;
  confidence: Confidence | null;
  narrative: string;
  internalNotes?: string;
  risks?: string;
  nextSteps?: string;
  explanation?: string;
  recoveryStep?: string;
  notProceedingReason?: string;
  forecastDue?: IsoDate;
  evidence?: { title: string; url?: string; documentReference?: string }[];
  criteriaMet?: SeedCriterionMet[];
  /** For a returned update (changes requested): what the reviewer asked for. */
  returnReason?: string;
  /** Positions (1-based) of milestones this update records as completed. */
  completesMilestones?: number[];
};

export type SeedAction = {
  code: string;
  title: string;
  titleMi?: string;
  description: string;
  leadAgency: string;
  contributors: string[];
  foundational?: boolean;
  predecessors?: string[];
  /** Recommendations beyond those of the primary workstream. */
  recommendations?: number[];
  baselineStart: IsoDate;
  baselineDue: IsoDate;
  forecastDue?: IsoDate;
  criteria: string[];
  milestones: SeedMilestone[];
  story: SeedStoryEntry[];
} & SeedProvenance;

export type SeedIndicatorReading = {
  period: QuarterLabel;
  value: number;
  byGroup?: Partial<Record<PopulationGroup, number>>;
  byRegion?: Record<string, number>;
};

export type SeedIndicator = {
  code: string;
  title: string;
  titleMi?: string;
  description: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number;
  baselineDate: IsoDate;
  targetValue: number;
  targetDate: IsoDate;
  dataSource: string;
  ownerAgency: string;
  actions: string[];
  recommendations: number[];
  readings: SeedIndicatorReading[];
} & SeedProvenance;

export type SeedPlanVersion = { version: string; effectiveOn: IsoDate; summary: string; approvedBy: string };

export type SeedChangeRequest = {
  kind: "add" | "rephase" | "reassign" | "merge" | "split" | "stop";
  action?: string;
  version: string;
  summary: string;
  reason: string;
  approvingBody: string;
  decidedOn: IsoDate;
};

export type DemoPlan = {
  plan: SeedPlan;
  agencies: SeedAgency[];
  focusAreas: SeedFocusArea[];
  recommendations: SeedRecommendation[];
  workstreams: SeedWorkstream[];
  actions: SeedAction[];
  indicators: SeedIndicator[];
  versions: SeedPlanVersion[];
  changeRequests: SeedChangeRequest[];
};
