import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { IndicatorInput } from "@/lib/indicators/indicator-input";
import { invalidInput } from "../updates/errors";
import type { Tx } from "../updates/tx";
import { CODE_TAKEN_ERRORS, isCodeClash } from "./references";
import type { IndicatorSnapshot } from "./snapshot";

/** The indicator's own columns from the form (links are written separately). */
export function columnsOf(input: IndicatorInput) {
  return {
    code: input.code,
    title: input.title,
    titleMi: input.titleMi,
    description: input.description,
    unit: input.unit,
    direction: input.direction,
    baselineValue: input.baselineValue,
    baselineDate: input.baselineDate,
    targetValue: input.targetValue,
    targetDate: input.targetDate,
    dataSource: input.dataSource,
    ownerAgencyId: input.ownerAgencyId,
  };
}

export function snapshotOfInput(input: IndicatorInput): IndicatorSnapshot {
  return { ...columnsOf(input), actionIds: input.actionIds, recommendationIds: input.recommendationIds };
}

/** Replaces the indicator's linked actions and recommendations with the chosen ones. */
export async function writeLinks(tx: Tx, indicatorId: number, input: IndicatorInput): Promise<void> {
  await tx.delete(t.indicatorActions).where(eq(t.indicatorActions.indicatorId, indicatorId));
  await tx.delete(t.indicatorRecommendations).where(eq(t.indicatorRecommendations.indicatorId, indicatorId));
  if (input.actionIds.length > 0) {
    await tx.insert(t.indicatorActions).values(input.actionIds.map((actionId) => ({ indicatorId, actionId })));
  }
  if (input.recommendationIds.length > 0) {
    await tx
      .insert(t.indicatorRecommendations)
      .values(input.recommendationIds.map((recommendationId) => ({ indicatorId, recommendationId })));
  }
}

/**
 * Runs a write, turning a code clash that slipped past the check (two monitors saving the same new
 * code at once) into the same field error the check gives. The transaction has rolled back by then.
 */
export async function guardCodeClash<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isCodeClash(error)) throw invalidInput(CODE_TAKEN_ERRORS);
    throw error;
  }
}
