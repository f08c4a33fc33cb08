import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "../lib/dal/updates/tx";
import { hashLinkToken, newLinkToken } from "../lib/security/link-token";
import type { SectionDraft } from "../lib/stocktake/standard-questions";
import type { InitiativeField, ResponseStatus } from "../lib/stocktake/vocabulary";
import * as t from "./schema";

export type RoundRow = Omit<typeof t.stocktakeRounds.$inferInsert, "id">;

/**
 * Writes a round with its sections and questions, numbered in the order given. The rounds admin
 * and the demo seed both use it, so a seeded round is shaped exactly like one a monitor opens.
 */
export async function insertRoundWithSections(
  tx: Queryable,
  round: RoundRow,
  sections: readonly SectionDraft[],
): Promise<{ roundId: number; questionIds: number[][] }> {
  const [inserted] = await tx.insert(t.stocktakeRounds).values(round).returning({ id: t.stocktakeRounds.id });
  const roundId = inserted!.id;
  const questionIds = await insertSections(tx, roundId, sections);
  return { roundId, questionIds };
}

/**
 * Appends sections (and their questions) after a round's existing ones. Returns every section's
 * question ids, the new ones included, in order.
 */
export async function insertSections(
  tx: Queryable,
  roundId: number,
  sections: readonly SectionDraft[],
): Promise<number[][]> {
  const existing = await tx
    .select({ id: t.stocktakeSections.id, position: t.stocktakeSections.position })
    .from(t.stocktakeSections)
    .where(eqRound(roundId));
  let position = existing.reduce((max, s) => Math.max(max, s.position + 1), 0);
  for (const s of sections) {
    const [section] = await tx
      .insert(t.stocktakeSections)
      .values({
        roundId,
        position: position++,
        title: s.title,
        titleMi: s.titleMi ?? null,
        introduction: s.introduction ?? null,
        introductionMi: s.introductionMi ?? null,
      })
      .returning({ id: t.stocktakeSections.id });
    if (s.questions.length > 0) {
      await tx.insert(t.stocktakeQuestions).values(
        s.questions.map((q, i) => ({
          roundId,
          sectionId: section!.id,
          position: i,
          kind: q.kind,
          label: q.label,
          labelMi: q.labelMi ?? null,
          help: q.help ?? null,
          helpMi: q.helpMi ?? null,
          required: q.required,
          options: q.options ?? [],
          limits: q.limits ?? {},
          field: q.field ?? null,
        })),
      );
    }
  }
  const rows = await tx
    .select({
      sectionId: t.stocktakeSections.id,
      sectionPosition: t.stocktakeSections.position,
      questionId: t.stocktakeQuestions.id,
      questionPosition: t.stocktakeQuestions.position,
    })
    .from(t.stocktakeSections)
    .leftJoin(t.stocktakeQuestions, eq(t.stocktakeQuestions.sectionId, t.stocktakeSections.id))
    .where(eqRound(roundId))
    .orderBy(asc(t.stocktakeSections.position), asc(t.stocktakeQuestions.position));
  const bySection = new Map<number, number[]>();
  for (const r of rows) {
    const list = bySection.get(r.sectionId) ?? [];
    if (r.questionId !== null) list.push(r.questionId);
    bySection.set(r.sectionId, list);
  }
  return [...bySection.values()];
}

const eqRound = (roundId: number) => eq(t.stocktakeSections.roundId, roundId);

/**
 * Writes a response whose answers are given by the initiative field their question fills (the
 * demo seed and tests describe initiatives this way). Its resume link is a fresh random one that
 * nobody holds: only its hash is stored.
 */
export async function insertResponseByFields(
  tx: Queryable,
  input: {
    roundId: number;
    status: ResponseStatus;
    answers: Partial<Record<InitiativeField, unknown>>;
    tokenExpiresAt: Date;
    at: Date;
    duplicateOfId?: number;
  },
): Promise<number> {
  const questions = await tx
    .select({ id: t.stocktakeQuestions.id, field: t.stocktakeQuestions.field })
    .from(t.stocktakeQuestions)
    .where(and(eq(t.stocktakeQuestions.roundId, input.roundId), isNotNull(t.stocktakeQuestions.field)));
  const [response] = await tx
    .insert(t.stocktakeResponses)
    .values({
      roundId: input.roundId,
      tokenHash: hashLinkToken(newLinkToken()),
      tokenExpiresAt: input.tokenExpiresAt,
      status: input.status,
      duplicateOfId: input.duplicateOfId ?? null,
      submittedAt: input.status === "draft" ? null : input.at,
      createdAt: input.at,
      updatedAt: input.at,
    })
    .returning({ id: t.stocktakeResponses.id });
  const rows = questions.flatMap((q) =>
    input.answers[q.field!] === undefined
      ? []
      : [{ responseId: response!.id, questionId: q.id, value: input.answers[q.field!], updatedAt: input.at }],
  );
  if (rows.length > 0) await tx.insert(t.stocktakeAnswers).values(rows);
  return response!.id;
}
