import "server-only";
import { cachedPublicRead } from "./cached-public-read";
import { asc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { ApiIndicator, ApiIndicatorReading } from "@/lib/api/openapi/schemas";
import type { IndicatorDirection, PopulationGroup, Provenance } from "@/lib/status/vocabulary";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import { getDb } from "./db";

/** The public shape of an indicator and its readings, defined once with the open-data API. */
export type PublicIndicatorReading = ApiIndicatorReading;
export type PublicIndicator = ApiIndicator;

export type PublicIndicators = {
  asAt: string;
  /** The latest change to any indicator or reading, for Last-Modified; null when there are none. */
  lastModified: string | null;
  indicators: PublicIndicator[];
};

const latest = (a: Date | null, b: Date) => (a === null || b > a ? b : a);

/** Every indicator with its owner, links and readings, as ISO strings only so it can be cached. */
export async function loadPublicIndicators(now = new Date()): Promise<PublicIndicators> {
  const db = await getDb();
  const [indicators, actionLinks, recLinks, readings] = await Promise.all([
    db
      .select({ indicator: t.indicators, agencySlug: t.agencies.slug, agencyName: t.agencies.name })
      .from(t.indicators)
      .innerJoin(t.agencies, eq(t.agencies.id, t.indicators.ownerAgencyId))
      .orderBy(asc(t.indicators.code)),
    db
      .select({ indicatorId: t.indicatorActions.indicatorId, code: t.actions.code })
      .from(t.indicatorActions)
      .innerJoin(t.actions, eq(t.actions.id, t.indicatorActions.actionId)),
    db
      .select({ indicatorId: t.indicatorRecommendations.indicatorId, number: t.recommendations.number })
      .from(t.indicatorRecommendations)
      .innerJoin(t.recommendations, eq(t.recommendations.id, t.indicatorRecommendations.recommendationId)),
    db
      .select({
        indicatorId: t.indicatorReadings.indicatorId,
        period: t.reportingPeriods.label,
        startsOn: t.reportingPeriods.startsOn,
        kind: t.indicatorReadings.breakdownKind,
        key: t.indicatorReadings.breakdownValue,
        value: t.indicatorReadings.value,
        note: t.indicatorReadings.note,
        updatedAt: t.indicatorReadings.updatedAt,
      })
      .from(t.indicatorReadings)
      .innerJoin(t.reportingPeriods, eq(t.reportingPeriods.id, t.indicatorReadings.periodId))
      .orderBy(asc(t.reportingPeriods.startsOn), asc(t.indicatorReadings.id)),
  ]);

  let lastModified: Date | null = null;
  const readingsOf = new Map<number, Map<string, PublicIndicatorReading>>();
  for (const r of readings) {
    lastModified = latest(lastModified, r.updatedAt);
    const byPeriod = readingsOf.get(r.indicatorId) ?? new Map<string, PublicIndicatorReading>();
    readingsOf.set(r.indicatorId, byPeriod);
    const reading = byPeriod.get(r.period) ?? {
      period: r.period,
      periodStartsOn: r.startsOn,
      value: null,
      note: null,
      breakdowns: { populationGroup: {}, region: {} },
    };
    byPeriod.set(r.period, reading);
    if (r.kind === "total") {
      reading.value = r.value;
      reading.note = r.note;
    } else if (r.kind === "population_group") reading.breakdowns.populationGroup[r.key as PopulationGroup] = r.value;
    else reading.breakdowns.region[r.key] = r.value;
  }

  const sortedUnique = <T>(xs: T[], compare: (a: T, b: T) => number) => [...new Set(xs)].sort(compare);
  const dtos = indicators.map(({ indicator: i, agencySlug, agencyName }): PublicIndicator => {
    lastModified = latest(lastModified, i.updatedAt);
    return {
      code: i.code,
      title: i.title,
      titleMi: i.titleMi,
      description: i.description,
      unit: i.unit,
      direction: i.direction as IndicatorDirection,
      baseline: { value: i.baselineValue, date: i.baselineDate },
      target: { value: i.targetValue, date: i.targetDate },
      dataSource: i.dataSource,
      ownerAgency: { slug: agencySlug, name: agencyName },
      actions: sortedUnique(
        actionLinks.filter((l) => l.indicatorId === i.id).map((l) => l.code),
        compareActionCodes,
      ),
      recommendations: sortedUnique(
        recLinks.filter((l) => l.indicatorId === i.id).map((l) => l.number),
        (a, b) => a - b,
      ),
      provenance: i.provenance as Provenance,
      sourceUrl: i.sourceUrl,
      readings: [...(readingsOf.get(i.id)?.values() ?? [])],
    };
  });
  return { asAt: now.toISOString(), lastModified: lastModified?.toISOString() ?? null, indicators: dtos };
}

/** The indicators for pages and the API, cached like the public plan (lib/dal/cached-public-read.ts). */
export const getPublicIndicators = cachedPublicRead(() => loadPublicIndicators(), 300);
