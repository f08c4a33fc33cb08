import "server-only";
import { and, asc, count, desc, eq, max } from "drizzle-orm";
import * as t from "@/db/schema";
import { insertRoundWithSections, insertSections } from "@/db/stocktake-round";
import type { Actor, UserActor } from "@/lib/permissions/actor";
import { parseQuestionInput, postedQuestionValues } from "@/lib/stocktake/question-input";
import { parseRoundInput, postedRoundValues } from "@/lib/stocktake/round-input";
import { standardQuestionSet, type SectionDraft } from "@/lib/stocktake/standard-questions";
import type { ResponseStatus } from "@/lib/stocktake/vocabulary";
import { requireAdminRight } from "../admin-access";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { isUniqueViolation } from "../unique-violation";
import { invalidInput, WorkflowError } from "../updates/errors";
import type { Queryable, Tx } from "../updates/tx";
import { loadSections, roundHasResponses, type SurveySection } from "./survey";

const requireStocktake = (actor: Actor): UserActor => requireAdminRight(actor, "manage_stocktake");

export const FROZEN_MESSAGE =
  "This round’s questions can no longer change: responses have arrived, and their answers must keep meaning what was asked. Open a new round and copy these questions to change them.";

export type RoundSummary = {
  id: number;
  slug: string;
  title: string;
  state: t.StocktakeRound["state"];
  opensAt: Date;
  closesAt: Date;
  responses: Partial<Record<ResponseStatus, number>>;
};

/** Every round, newest first, with how many responses it has in each status. */
export async function listRoundsForManagement(actor: Actor): Promise<RoundSummary[]> {
  requireStocktake(actor);
  const db = await getDb();
  const [rounds, counts] = await Promise.all([
    db.select().from(t.stocktakeRounds).orderBy(desc(t.stocktakeRounds.opensAt), desc(t.stocktakeRounds.id)),
    db
      .select({ roundId: t.stocktakeResponses.roundId, status: t.stocktakeResponses.status, n: count() })
      .from(t.stocktakeResponses)
      .groupBy(t.stocktakeResponses.roundId, t.stocktakeResponses.status),
  ]);
  return rounds.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    state: r.state,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    responses: Object.fromEntries(counts.filter((c) => c.roundId === r.id).map((c) => [c.status, c.n])),
  }));
}

export type RoundForEdit = { round: t.StocktakeRound; sections: SurveySection[]; frozen: boolean };

async function roundBySlug(db: Queryable, slug: string, lock = false) {
  const query = db.select().from(t.stocktakeRounds).where(eq(t.stocktakeRounds.slug, slug));
  const [round] = lock ? await query.for("update") : await query;
  if (!round) throw new WorkflowError("not_found", "There is no such stocktake round.");
  return round;
}

export async function getRoundForEdit(actor: Actor, slug: string): Promise<RoundForEdit> {
  requireStocktake(actor);
  const db = await getDb();
  const round = await roundBySlug(db, slug);
  const [sections, frozen] = await Promise.all([loadSections(db, round.id), roundHasResponses(db, round.id)]);
  return { round, sections, frozen };
}

/** The rounds a new one may copy its questions from. */
export async function listRoundsToCopy(actor: Actor): Promise<{ slug: string; title: string }[]> {
  requireStocktake(actor);
  const db = await getDb();
  return db
    .select({ slug: t.stocktakeRounds.slug, title: t.stocktakeRounds.title })
    .from(t.stocktakeRounds)
    .orderBy(desc(t.stocktakeRounds.opensAt));
}

function asDrafts(sections: SurveySection[]): SectionDraft[] {
  return sections.map((s) => ({
    title: s.title,
    titleMi: s.titleMi,
    introduction: s.introduction,
    introductionMi: s.introductionMi,
    questions: s.questions.map((q) => ({
      kind: q.kind,
      label: q.label,
      labelMi: q.labelMi,
      help: q.help,
      helpMi: q.helpMi,
      required: q.required,
      options: q.options,
      limits: q.limits,
      field: q.field,
    })),
  }));
}

const SLUG_TAKEN = () => invalidInput({ slug: ["Another round has this address. Choose another."] });

/**
 * Opens a round: its details from the form, and its questions copied from another round
 * (`copyFrom`, a round's address) or, without one, the standard initiative questions.
 */
export async function createRound(actor: Actor, form: FormData, copyFrom: string | null): Promise<{ slug: string }> {
  const user = requireStocktake(actor);
  const parsed = parseRoundInput(postedRoundValues(form));
  if (!parsed.ok) throw invalidInput(parsed.fieldErrors);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const sections = copyFrom
        ? asDrafts(await loadSections(tx, (await roundBySlug(tx, copyFrom)).id))
        : standardQuestionSet();
      const now = new Date();
      const { roundId } = await insertRoundWithSections(
        tx,
        { ...parsed.value, createdAt: now, updatedAt: now },
        sections,
      );
      await recordAudit(tx, {
        actor: user,
        entity: "stocktake_round",
        entityId: roundId,
        event: "created",
        after: { ...parsed.value, questionsFrom: copyFrom ?? "standard" },
        at: now,
      });
      return { slug: parsed.value.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error, "stocktake_rounds_slug_idx")) throw SLUG_TAKEN();
    throw error;
  }
}

/** Changes a round's details (its address stays); allowed with responses, as no answer depends on them. */
export async function updateRound(actor: Actor, slug: string, form: FormData): Promise<void> {
  const user = requireStocktake(actor);
  const parsed = parseRoundInput({ ...postedRoundValues(form), slug });
  if (!parsed.ok) throw invalidInput(parsed.fieldErrors);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const round = await roundBySlug(tx, slug, true);
    const now = new Date();
    await tx
      .update(t.stocktakeRounds)
      .set({ ...parsed.value, updatedAt: now })
      .where(eq(t.stocktakeRounds.id, round.id));
    await recordAudit(tx, {
      actor: user,
      entity: "stocktake_round",
      entityId: round.id,
      event: "updated",
      before: round,
      after: parsed.value,
      at: now,
    });
  });
}

/** Locks the round and refuses when its questions are frozen. */
async function editableRound(tx: Tx, slug: string) {
  const round = await roundBySlug(tx, slug, true);
  if (await roundHasResponses(tx, round.id)) throw new WorkflowError("conflict", FROZEN_MESSAGE);
  return round;
}

/** Adds a section (a step of the survey) at the end of a round. */
export async function addSection(actor: Actor, slug: string, form: FormData): Promise<void> {
  const user = requireStocktake(actor);
  const title = String(form.get("title") ?? "")
    .normalize()
    .trim();
  if (title === "" || title.length > 200)
    throw invalidInput({ title: ["Enter the section’s title, in 200 characters or fewer."] });
  const db = await getDb();
  await db.transaction(async (tx) => {
    const round = await editableRound(tx, slug);
    await insertSections(tx, round.id, [{ title, questions: [] }]);
    await recordAudit(tx, {
      actor: user,
      entity: "stocktake_round",
      entityId: round.id,
      event: "section_added",
      after: { title },
    });
  });
}

/**
 * Adds a question to a section (`questionId` null) or changes one. Refused, with a clear message,
 * once the round has a response.
 */
export async function saveQuestion(
  actor: Actor,
  slug: string,
  sectionId: number,
  questionId: number | null,
  form: FormData,
): Promise<void> {
  const user = requireStocktake(actor);
  const parsed = parseQuestionInput(postedQuestionValues(form));
  const db = await getDb();
  await db.transaction(async (tx) => {
    const round = await editableRound(tx, slug);
    if (!parsed.ok) throw invalidInput(parsed.fieldErrors);
    const [section] = await tx
      .select({ id: t.stocktakeSections.id })
      .from(t.stocktakeSections)
      .where(and(eq(t.stocktakeSections.id, sectionId), eq(t.stocktakeSections.roundId, round.id)));
    if (!section) throw new WorkflowError("not_found", "There is no such section in this round.");
    const q = parsed.value;
    const columns = {
      kind: q.kind,
      label: q.label,
      labelMi: q.labelMi ?? null,
      help: q.help ?? null,
      helpMi: q.helpMi ?? null,
      required: q.required,
      options: q.options ?? [],
      limits: q.limits ?? {},
      field: q.field ?? null,
    };
    try {
      if (questionId === null) {
        const [last] = await tx
          .select({ position: max(t.stocktakeQuestions.position) })
          .from(t.stocktakeQuestions)
          .where(eq(t.stocktakeQuestions.sectionId, sectionId));
        const [created] = await tx
          .insert(t.stocktakeQuestions)
          .values({ roundId: round.id, sectionId, position: (last?.position ?? -1) + 1, ...columns })
          .returning({ id: t.stocktakeQuestions.id });
        await recordAudit(tx, {
          actor: user,
          entity: "stocktake_question",
          entityId: created!.id,
          event: "created",
          after: columns,
        });
        return;
      }
      const [before] = await tx
        .select()
        .from(t.stocktakeQuestions)
        .where(and(eq(t.stocktakeQuestions.id, questionId), eq(t.stocktakeQuestions.roundId, round.id)));
      if (!before) throw new WorkflowError("not_found", "There is no such question in this round.");
      await tx.update(t.stocktakeQuestions).set(columns).where(eq(t.stocktakeQuestions.id, questionId));
      await recordAudit(tx, {
        actor: user,
        entity: "stocktake_question",
        entityId: questionId,
        event: "updated",
        before,
        after: columns,
      });
    } catch (error) {
      if (isUniqueViolation(error, "stocktake_questions_round_field_idx"))
        throw invalidInput({ field: ["Another question of this round already fills this part of the initiative."] });
      throw error;
    }
  });
}

export async function deleteQuestion(actor: Actor, slug: string, questionId: number): Promise<void> {
  const user = requireStocktake(actor);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const round = await editableRound(tx, slug);
    const [deleted] = await tx
      .delete(t.stocktakeQuestions)
      .where(and(eq(t.stocktakeQuestions.id, questionId), eq(t.stocktakeQuestions.roundId, round.id)))
      .returning();
    if (!deleted) throw new WorkflowError("not_found", "There is no such question in this round.");
    await recordAudit(tx, {
      actor: user,
      entity: "stocktake_question",
      entityId: questionId,
      event: "deleted",
      before: deleted,
    });
  });
}

/** A question of a round, for its edit form. */
export async function getQuestionForEdit(actor: Actor, slug: string, questionId: number) {
  requireStocktake(actor);
  const db = await getDb();
  const round = await roundBySlug(db, slug);
  const [q] = await db
    .select()
    .from(t.stocktakeQuestions)
    .where(and(eq(t.stocktakeQuestions.id, questionId), eq(t.stocktakeQuestions.roundId, round.id)))
    .orderBy(asc(t.stocktakeQuestions.position));
  if (!q) throw new WorkflowError("not_found", "There is no such question in this round.");
  return { round, question: q, frozen: await roundHasResponses(db, round.id) };
}
