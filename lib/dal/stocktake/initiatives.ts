import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import {
  contactFromAnswers,
  initiativeFromAnswers,
  type StocktakeInitiative,
  type StocktakeInitiativeContact,
} from "@/lib/stocktake/initiative";
import type { InitiativeField } from "@/lib/stocktake/vocabulary";
import { requireAdminRight } from "../admin-access";
import { getDb } from "../db";
import type { Queryable } from "../updates/tx";

export type { StocktakeInitiative, StocktakeInitiativeContact };

/** The accepted responses of a round, each as its answers keyed by the initiative field they fill. */
async function acceptedFieldAnswers(
  db: Queryable,
  roundId: number,
): Promise<Map<number, Partial<Record<InitiativeField, unknown>>>> {
  const rows = await db
    .select({ responseId: t.stocktakeResponses.id, field: t.stocktakeQuestions.field, value: t.stocktakeAnswers.value })
    .from(t.stocktakeResponses)
    .innerJoin(t.stocktakeAnswers, eq(t.stocktakeAnswers.responseId, t.stocktakeResponses.id))
    .innerJoin(t.stocktakeQuestions, eq(t.stocktakeQuestions.id, t.stocktakeAnswers.questionId))
    .where(
      and(
        eq(t.stocktakeResponses.roundId, roundId),
        eq(t.stocktakeResponses.status, "accepted"),
        isNotNull(t.stocktakeQuestions.field),
      ),
    )
    .orderBy(t.stocktakeResponses.id);
  const byResponse = new Map<number, Partial<Record<InitiativeField, unknown>>>();
  for (const row of rows) {
    const answers = byResponse.get(row.responseId) ?? {};
    answers[row.field!] = row.value;
    byResponse.set(row.responseId, answers);
  }
  return byResponse;
}

/**
 * The accepted initiatives of a round, without contact details: public (the initiatives list and
 * the coverage analysis read this). Ordered by response id.
 */
export async function listAcceptedInitiatives(roundId: number, db?: Queryable): Promise<StocktakeInitiative[]> {
  const answers = await acceptedFieldAnswers(db ?? (await getDb()), roundId);
  return [...answers].map(([id, a]) => initiativeFromAnswers(id, roundId, a));
}

/** Who to contact about each accepted initiative of a round: TEC monitors only. */
export async function listInitiativeContacts(actor: Actor, roundId: number): Promise<StocktakeInitiativeContact[]> {
  requireAdminRight(actor, "manage_stocktake");
  const answers = await acceptedFieldAnswers(await getDb(), roundId);
  return [...answers].map(([id, a]) => contactFromAnswers(id, a));
}
