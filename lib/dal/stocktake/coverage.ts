import "server-only";
import { asc, count, desc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import {
  recommendationPopulationCoverage,
  regionSupportCoverage,
  type CoverageMatrix,
  type PopulationWay,
  type RegionWay,
} from "@/lib/stocktake/coverage";
import {
  filterInitiatives,
  readInitiativeQuery,
  type InitiativeFilterField,
  type InitiativeFilters,
} from "@/lib/stocktake/initiative-filters";
import {
  INITIATIVE_SCALES,
  NZ_REGIONS,
  POPULATION_GROUPS,
  RESPONSE_STATUSES,
  SUPPORT_KINDS,
  type ResponseStatus,
} from "@/lib/stocktake/vocabulary";
import { requireAdminRight } from "../admin-access";
import { getDb } from "../db";
import type { Queryable } from "../updates/tx";
import { listAcceptedInitiatives, type StocktakeInitiative } from "./initiatives";

/** A round as the coverage pages name it and choose it. */
export type CoverageRound = {
  id: number;
  slug: string;
  title: string;
  titleMi: string | null;
  opensAt: Date;
  closesAt: Date;
  closed: boolean;
  overlapThreshold: number;
};

export type CoverageRecommendation = { code: string; number: number; title: string; titleMi: string | null };

/**
 * An accepted initiative as anyone may read it: the fields listed here and nothing else, so a
 * contact detail added to `StocktakeInitiative` one day cannot reach the public by accident.
 */
export type PublicInitiative = Pick<
  StocktakeInitiative,
  | "id"
  | "organisation"
  | "name"
  | "description"
  | "scale"
  | "regions"
  | "populations"
  | "supports"
  | "funding"
  | "startDate"
  | "endDate"
  | "recommendationCodes"
  | "workstreamCodes"
>;

const PUBLIC_FIELDS = [
  "id",
  "organisation",
  "name",
  "description",
  "scale",
  "regions",
  "populations",
  "supports",
  "funding",
  "startDate",
  "endDate",
  "recommendationCodes",
  "workstreamCodes",
] as const satisfies readonly (keyof PublicInitiative)[];

export function toPublicInitiative(initiative: StocktakeInitiative): PublicInitiative {
  return Object.fromEntries(PUBLIC_FIELDS.map((f) => [f, initiative[f]])) as PublicInitiative;
}

/** The whole coverage picture of one round, and the list as the query filters it. */
export type StocktakeCoverage = {
  rounds: CoverageRound[];
  round: CoverageRound;
  recommendations: CoverageRecommendation[];
  /** Every accepted initiative of the round (what the matrices count). */
  initiatives: PublicInitiative[];
  /** Those passing the query's filters (what the list shows). */
  listed: PublicInitiative[];
  filters: InitiativeFilters;
  errors: Partial<Record<InitiativeFilterField, string[]>>;
  byRecommendation: CoverageMatrix<PopulationWay>;
  byRegion: CoverageMatrix<RegionWay>;
};

/** Published rounds that have opened, newest first: only these have initiatives to count. */
async function openedRounds(db: Queryable, now: Date): Promise<CoverageRound[]> {
  const rows = await db
    .select({
      id: t.stocktakeRounds.id,
      slug: t.stocktakeRounds.slug,
      title: t.stocktakeRounds.title,
      titleMi: t.stocktakeRounds.titleMi,
      opensAt: t.stocktakeRounds.opensAt,
      closesAt: t.stocktakeRounds.closesAt,
      overlapThreshold: t.stocktakeRounds.overlapThreshold,
    })
    .from(t.stocktakeRounds)
    .where(eq(t.stocktakeRounds.state, "published"))
    .orderBy(desc(t.stocktakeRounds.opensAt), desc(t.stocktakeRounds.id));
  return rows.filter((r) => r.opensAt <= now).map((r) => ({ ...r, closed: r.closesAt <= now }));
}

async function planRecommendations(db: Queryable): Promise<CoverageRecommendation[]> {
  const [plan] = await db.select({ id: t.plans.id }).from(t.plans).orderBy(asc(t.plans.id)).limit(1);
  if (!plan) return [];
  const rows = await db
    .select({ number: t.recommendations.number, title: t.recommendations.title, titleMi: t.recommendations.titleMi })
    .from(t.recommendations)
    .where(eq(t.recommendations.planId, plan.id))
    .orderBy(asc(t.recommendations.number));
  return rows.map((r) => ({ ...r, code: String(r.number) }));
}

/**
 * One round's coverage, for whoever may see it (the callers below decide). Without a `round` in the
 * query: the latest closed round, else the latest open one. Null when no round has opened yet.
 */
async function loadCoverage(
  query: Record<string, string | string[] | undefined>,
  now: Date,
): Promise<StocktakeCoverage | null> {
  const db = await getDb();
  const [rounds, recommendations] = await Promise.all([openedRounds(db, now), planRecommendations(db)]);
  if (rounds.length === 0) return null;
  const { filters, errors } = readInitiativeQuery(query, {
    rounds: rounds.map((r) => r.slug),
    recommendations: recommendations.map((r) => r.code),
    populations: POPULATION_GROUPS,
    regions: NZ_REGIONS,
    supports: SUPPORT_KINDS,
    scales: INITIATIVE_SCALES,
  });
  const round = rounds.find((r) => r.slug === filters.round) ?? rounds.find((r) => r.closed) ?? rounds[0]!;
  const initiatives = (await listAcceptedInitiatives(round.id, db)).map(toPublicInitiative);
  const threshold = round.overlapThreshold;
  return {
    rounds,
    round,
    recommendations,
    initiatives,
    listed: filterInitiatives(initiatives, filters),
    filters,
    errors,
    byRecommendation: recommendationPopulationCoverage(
      initiatives,
      recommendations.map((r) => r.code),
      POPULATION_GROUPS,
      threshold,
    ),
    byRegion: regionSupportCoverage(initiatives, NZ_REGIONS, SUPPORT_KINDS, threshold),
  };
}

/** The public list and its coverage picture: accepted initiatives only, never a contact detail. */
export async function loadPublicCoverage(
  query: Record<string, string | string[] | undefined>,
  now = new Date(),
): Promise<StocktakeCoverage | null> {
  return loadCoverage(query, now);
}

export type StocktakeAnalysis = StocktakeCoverage & {
  /** The round's responses by status: what was counted (accepted) and what was not. */
  responses: Record<ResponseStatus, number>;
};

async function responsesByStatus(db: Queryable, roundId: number): Promise<Record<ResponseStatus, number>> {
  const rows = await db
    .select({ status: t.stocktakeResponses.status, n: count() })
    .from(t.stocktakeResponses)
    .where(eq(t.stocktakeResponses.roundId, roundId))
    .groupBy(t.stocktakeResponses.status);
  return Object.fromEntries(RESPONSE_STATUSES.map((s) => [s, rows.find((r) => r.status === s)?.n ?? 0])) as Record<
    ResponseStatus,
    number
  >;
}

/** /stocktake/analysis and its downloads: the same picture for TEC monitors, asked before anything is read. */
export async function loadStocktakeAnalysis(
  actor: Actor,
  query: Record<string, string | string[] | undefined>,
  now = new Date(),
): Promise<StocktakeAnalysis | null> {
  requireAdminRight(actor, "manage_stocktake");
  const coverage = await loadCoverage(query, now);
  if (!coverage) return null;
  return { ...coverage, responses: await responsesByStatus(await getDb(), coverage.round.id) };
}
