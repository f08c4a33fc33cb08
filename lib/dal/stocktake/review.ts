import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { progressPercent } from "@/lib/stocktake/progress";
import { canDecide, isDuplicateTarget, STATUS_AFTER, type ReviewDecision } from "@/lib/stocktake/review";
import type { ResponseStatus } from "@/lib/stocktake/vocabulary";
import { requireAdminRight } from "../admin-access";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { invalidInput, WorkflowError } from "../updates/errors";
import type { Queryable } from "../updates/tx";
import { loadPlanChoices, type PlanChoices } from "./plan-choices";
import { loadSections, type SurveySection } from "./survey";

export type ResponseSummary = {
  id: number;
  status: ResponseStatus;
  organisation: string | null;
  name: string | null;
  submittedAt: Date | null;
  updatedAt: Date;
  duplicateOfId: number | null;
};

async function roundOf(db: Queryable, slug: string) {
  const [round] = await db.select().from(t.stocktakeRounds).where(eq(t.stocktakeRounds.slug, slug));
  if (!round) throw new WorkflowError("not_found", "There is no such stocktake round.");
  return round;
}

/** The organisation and initiative name each response gives, by response id. */
async function namesOf(db: Queryable, responseIds: number[]) {
  if (responseIds.length === 0) return new Map<number, { organisation?: string; name?: string }>();
  const rows = await db
    .select({
      responseId: t.stocktakeAnswers.responseId,
      field: t.stocktakeQuestions.field,
      value: t.stocktakeAnswers.value,
    })
    .from(t.stocktakeAnswers)
    .innerJoin(t.stocktakeQuestions, eq(t.stocktakeQuestions.id, t.stocktakeAnswers.questionId))
    .where(
      and(
        inArray(t.stocktakeAnswers.responseId, responseIds),
        inArray(t.stocktakeQuestions.field, ["organisation", "name"]),
      ),
    );
  const names = new Map<number, { organisation?: string; name?: string }>();
  for (const r of rows) {
    const entry = names.get(r.responseId) ?? {};
    if (typeof r.value === "string") entry[r.field === "organisation" ? "organisation" : "name"] = r.value;
    names.set(r.responseId, entry);
  }
  return names;
}

/** A round's responses, those waiting for TEC first, then the rest by when they last changed. */
export async function listResponses(
  actor: Actor,
  slug: string,
): Promise<{ round: t.StocktakeRound; responses: ResponseSummary[] }> {
  requireAdminRight(actor, "manage_stocktake");
  const db = await getDb();
  const round = await roundOf(db, slug);
  const rows = await db
    .select()
    .from(t.stocktakeResponses)
    .where(eq(t.stocktakeResponses.roundId, round.id))
    .orderBy(asc(t.stocktakeResponses.id));
  const names = await namesOf(
    db,
    rows.map((r) => r.id),
  );
  const order: ResponseStatus[] = ["submitted", "returned", "accepted", "duplicate", "draft"];
  const responses = rows
    .map((r) => ({
      id: r.id,
      status: r.status,
      organisation: names.get(r.id)?.organisation ?? null,
      name: names.get(r.id)?.name ?? null,
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt,
      duplicateOfId: r.duplicateOfId,
    }))
    .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.id - b.id);
  return { round, responses };
}

export type ResponseForReview = {
  round: t.StocktakeRound;
  response: Omit<t.StocktakeResponse, "tokenHash">;
  sections: SurveySection[];
  answers: Map<number, unknown>;
  percent: number;
  planChoices: PlanChoices;
  /** The other responses it could be a duplicate of. */
  duplicateCandidates: ResponseSummary[];
};

/** One response with every answer, contact details included: TEC monitors only. */
export async function getResponseForReview(actor: Actor, slug: string, responseId: number): Promise<ResponseForReview> {
  requireAdminRight(actor, "manage_stocktake");
  const db = await getDb();
  const round = await roundOf(db, slug);
  const [row] = await db
    .select()
    .from(t.stocktakeResponses)
    .where(and(eq(t.stocktakeResponses.id, responseId), eq(t.stocktakeResponses.roundId, round.id)));
  if (!row) throw new WorkflowError("not_found", "There is no such response in this round.");
  const { tokenHash: _secret, ...response } = row;
  const [sections, answerRows, planChoices, others] = await Promise.all([
    loadSections(db, round.id),
    db
      .select({ questionId: t.stocktakeAnswers.questionId, value: t.stocktakeAnswers.value })
      .from(t.stocktakeAnswers)
      .where(eq(t.stocktakeAnswers.responseId, responseId)),
    loadPlanChoices(db),
    listResponses(actor, slug),
  ]);
  const answers = new Map(answerRows.map((a) => [a.questionId, a.value]));
  return {
    round,
    response,
    sections,
    answers,
    percent: progressPercent(
      sections.flatMap((s) => s.questions),
      answers,
    ),
    planChoices,
    duplicateCandidates: others.responses.filter((o) =>
      isDuplicateTarget({ id: responseId, roundId: round.id }, { ...o, roundId: round.id }),
    ),
  };
}

const QUESTION_LIMIT = 2000;

/**
 * Accepts a response, returns it with a question, or marks it a duplicate of another, as the
 * rule (lib/stocktake/review.ts) allows from its status; audited in the same transaction.
 */
export async function reviewResponse(
  actor: Actor,
  slug: string,
  responseId: number,
  decision: ReviewDecision,
  input: { question?: string; duplicateOf?: number },
  now = new Date(),
): Promise<void> {
  const user = requireAdminRight(actor, "manage_stocktake");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const round = await roundOf(tx, slug);
    const [response] = await tx
      .select()
      .from(t.stocktakeResponses)
      .where(and(eq(t.stocktakeResponses.id, responseId), eq(t.stocktakeResponses.roundId, round.id)))
      .for("update");
    if (!response) throw new WorkflowError("not_found", "There is no such response in this round.");
    if (!canDecide(response.status, decision)) {
      throw new WorkflowError("invalid_transition", "This response cannot take that decision in its present status.");
    }
    const set: Partial<typeof t.stocktakeResponses.$inferInsert> = {
      status: STATUS_AFTER[decision],
      reviewedAt: now,
      reviewedById: user.userId,
      updatedAt: now,
      duplicateOfId: null,
    };
    if (decision === "return") {
      const question = (input.question ?? "").normalize().trim();
      if (question === "" || question.length > QUESTION_LIMIT) {
        throw invalidInput({
          question: [`Write the question for the respondent, in ${QUESTION_LIMIT} characters or fewer.`],
        });
      }
      set.reviewQuestion = question;
      set.reviewAnswer = null;
    }
    if (decision === "duplicate") {
      const [target] = input.duplicateOf
        ? await tx
            .select({
              id: t.stocktakeResponses.id,
              roundId: t.stocktakeResponses.roundId,
              status: t.stocktakeResponses.status,
            })
            .from(t.stocktakeResponses)
            .where(eq(t.stocktakeResponses.id, input.duplicateOf))
        : [];
      if (!isDuplicateTarget(response, target)) {
        throw invalidInput({ duplicateOf: ["Choose another response of this round that is not itself a duplicate."] });
      }
      // Responses recorded as duplicates of this one now point at the one it duplicates.
      set.duplicateOfId = target!.id;
      await tx
        .update(t.stocktakeResponses)
        .set({ duplicateOfId: target!.id, updatedAt: now })
        .where(and(eq(t.stocktakeResponses.duplicateOfId, response.id), isNotNull(t.stocktakeResponses.duplicateOfId)));
    }
    await tx.update(t.stocktakeResponses).set(set).where(eq(t.stocktakeResponses.id, response.id));
    await recordAudit(tx, {
      actor: user,
      entity: "stocktake_response",
      entityId: response.id,
      event: decision === "accept" ? "accepted" : decision === "return" ? "returned" : "marked_duplicate",
      before: { status: response.status, duplicateOfId: response.duplicateOfId },
      after: { status: set.status, duplicateOfId: set.duplicateOfId, question: set.reviewQuestion },
      at: now,
    });
  });
}
