import "server-only";
import { and, eq, gt, inArray } from "drizzle-orm";
import * as t from "@/db/schema";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue";
import { hashLinkToken, isLinkToken, newLinkToken } from "@/lib/security/link-token";
import { answerErrors, readStepAnswers, type InputQuestion } from "@/lib/stocktake/answer-input";
import { isAnswered } from "@/lib/stocktake/answers";
import { progressPercent } from "@/lib/stocktake/progress";
import { resumeLinkMail } from "@/lib/stocktake/resume-mail";
import { resumeLinkExpiry, roundPhase, type RoundPhase } from "@/lib/stocktake/round-phase";
import { stepAfter, type StepIntent } from "@/lib/stocktake/steps";
import { EDITABLE_RESPONSE_STATUSES, type ResponseStatus } from "@/lib/stocktake/vocabulary";
import type { FieldErrors } from "@/lib/workflow/field-errors";
import { recordSystemAudit } from "../audit";
import { getDb } from "../db";
import { siteLink } from "../subscriptions";
import { WorkflowError } from "../updates/errors";
import type { Queryable, Tx } from "../updates/tx";
import { codesOf, loadPlanChoices, type PlanChoices } from "./plan-choices";
import { loadSections, type SurveySection } from "./survey";

const RESPONDENT = "Stocktake respondent (resume link)";

export type PublicRound = {
  id: number;
  slug: string;
  title: string;
  titleMi: string | null;
  purpose: string;
  audience: string;
  introduction: string;
  introductionMi: string | null;
  opensAt: Date;
  closesAt: Date;
  phase: Exclude<RoundPhase, "draft">;
};

function toPublic({ state, ...round }: typeof t.stocktakeRounds.$inferSelect, now: Date): PublicRound | null {
  const phase = roundPhase({ state, opensAt: round.opensAt, closesAt: round.closesAt }, now);
  if (phase === "draft") return null;
  return {
    id: round.id,
    slug: round.slug,
    title: round.title,
    titleMi: round.titleMi,
    purpose: round.purpose,
    audience: round.audience,
    introduction: round.introduction,
    introductionMi: round.introductionMi,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    phase,
  };
}

/** The published rounds, newest first: /stocktake lists them. Drafts are TEC's alone. */
export async function listPublicRounds(now = new Date()): Promise<PublicRound[]> {
  const db = await getDb();
  const rows = await db.select().from(t.stocktakeRounds).where(eq(t.stocktakeRounds.state, "published"));
  return rows.map((r) => toPublic(r, now)!).sort((a, b) => b.opensAt.getTime() - a.opensAt.getTime() || b.id - a.id);
}

/** A published round by its address; null for a draft or an unknown one. */
export async function getPublicRound(slug: string, now = new Date(), db?: Queryable): Promise<PublicRound | null> {
  const [row] = await (db ?? (await getDb())).select().from(t.stocktakeRounds).where(eq(t.stocktakeRounds.slug, slug));
  return row ? toPublic(row, now) : null;
}

/** Starting a response: the resume link is shown once here (and mailed when an address is given). */
export type StartedResponse = { token: string; mailed: boolean };

/**
 * Starts a response to an open round: a new private resume link, of which only the hash is kept.
 * With an address and a mail server, the link is mailed in the same transaction.
 */
export async function startResponse(
  slug: string,
  input: { email: string | null; language: "en" | "mi" },
  now = new Date(),
): Promise<StartedResponse> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const round = await getPublicRound(slug, now, tx);
    if (!round) throw new WorkflowError("not_found", "There is no such stocktake.");
    if (round.phase !== "open") throw new WorkflowError("conflict", "This stocktake is not taking responses.");
    // Held until commit: a question edit (which locks the round for update) waits, then sees this response.
    await tx
      .select({ id: t.stocktakeRounds.id })
      .from(t.stocktakeRounds)
      .where(eq(t.stocktakeRounds.id, round.id))
      .for("share");
    const token = newLinkToken();
    const [response] = await tx
      .insert(t.stocktakeResponses)
      .values({
        roundId: round.id,
        tokenHash: hashLinkToken(token),
        tokenExpiresAt: resumeLinkExpiry(round.closesAt),
        email: input.email,
        language: input.language,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: t.stocktakeResponses.id });
    await recordSystemAudit(tx, {
      label: RESPONDENT,
      entity: "stocktake_response",
      entityId: response!.id,
      event: "started",
      after: { roundId: round.id, emailGiven: input.email !== null },
      at: now,
    });
    const mailed = input.email !== null && env().mail.smtpUrl !== undefined;
    if (mailed) {
      const link = siteLink(input.language, resumePath(slug, token));
      await queueMail(
        tx,
        {
          idempotencyKey: `stocktake-resume:${response!.id}`,
          to: input.email!,
          purpose: "stocktake-resume-link",
          ...resumeLinkMail(input.language, round.title, link, round.closesAt),
        },
        new URL(env().publicUrl).hostname,
        now,
      );
    }
    return { token, mailed };
  });
}

/** Where a resume link points (in English; siteLink adds /mi). */
export const resumePath = (slug: string, token: string) => `/stocktake/${slug}/respond/${token}`;

export type ResponseView = {
  id: number;
  status: ResponseStatus;
  editable: boolean;
  currentStep: number;
  reviewQuestion: string | null;
  reviewAnswer: string | null;
  submittedAt: Date | null;
  round: PublicRound;
  sections: SurveySection[];
  /** Answers by question id. */
  answers: Map<number, unknown>;
  percent: number;
  planChoices: PlanChoices;
};

/**
 * The response behind a resume link, or null for a link that is malformed, unknown, expired or
 * of another round: the caller shows the same "not found" for all, and nothing of anyone's answers.
 */
async function responseByToken(db: Queryable, slug: string, token: string, now: Date, lock = false) {
  if (!isLinkToken(token)) return null;
  const query = db
    .select({ response: t.stocktakeResponses, round: t.stocktakeRounds })
    .from(t.stocktakeResponses)
    .innerJoin(t.stocktakeRounds, eq(t.stocktakeRounds.id, t.stocktakeResponses.roundId))
    .where(
      and(
        eq(t.stocktakeResponses.tokenHash, hashLinkToken(token)),
        eq(t.stocktakeRounds.slug, slug),
        gt(t.stocktakeResponses.tokenExpiresAt, now),
      ),
    );
  const [row] = lock ? await query.for("update", { of: t.stocktakeResponses }) : await query;
  if (!row) return null;
  const round = toPublic(row.round, now);
  return round ? { response: row.response, round } : null;
}

async function loadAnswers(db: Queryable, responseId: number): Promise<Map<number, unknown>> {
  const rows = await db
    .select({ questionId: t.stocktakeAnswers.questionId, value: t.stocktakeAnswers.value })
    .from(t.stocktakeAnswers)
    .where(eq(t.stocktakeAnswers.responseId, responseId));
  return new Map(rows.map((r) => [r.questionId, r.value]));
}

/** Whether the respondent may still change the answers: a draft while the round is open, or a returned one. */
function isEditable(status: ResponseStatus, phase: RoundPhase): boolean {
  if (status === "returned") return true;
  return (EDITABLE_RESPONSE_STATUSES as readonly string[]).includes(status) && phase === "open";
}

export async function openResponse(slug: string, token: string, now = new Date()): Promise<ResponseView | null> {
  const db = await getDb();
  const found = await responseByToken(db, slug, token, now);
  if (!found) return null;
  const { response, round } = found;
  const [sections, answers, planChoices] = await Promise.all([
    loadSections(db, round.id),
    loadAnswers(db, response.id),
    loadPlanChoices(db),
  ]);
  return {
    id: response.id,
    status: response.status,
    editable: isEditable(response.status, round.phase),
    currentStep: Math.min(response.currentStep, sections.length),
    reviewQuestion: response.reviewQuestion,
    reviewAnswer: response.reviewAnswer,
    submittedAt: response.submittedAt,
    round,
    sections,
    answers,
    percent: progressPercent(
      sections.flatMap((s) => s.questions),
      answers,
    ),
    planChoices,
  };
}

type Posted = { get(name: string): unknown; getAll(name: string): unknown[] };

export type StepResult = { step: number; fieldErrors: FieldErrors; submitted: boolean };

const NOT_FOUND = () => new WorkflowError("not_found", "This link does not open a response.");
const CLOSED = () =>
  new WorkflowError(
    "conflict",
    "This response can no longer be changed: it has been sent to TEC, or the stocktake has closed.",
  );

/** Keeps each question's answer as posted (a mistyped number stays as typed); empty ones are removed. */
async function writeAnswers(
  tx: Tx,
  responseId: number,
  questions: readonly InputQuestion[],
  answers: Map<number, unknown>,
  now: Date,
) {
  const given = (q: InputQuestion) => {
    const v = answers.get(q.id);
    return isAnswered(q.kind, v) || (typeof v === "string" && v !== "");
  };
  const kept = questions.filter(given);
  const cleared = questions.filter((q) => !given(q)).map((q) => q.id);
  if (cleared.length > 0) {
    await tx
      .delete(t.stocktakeAnswers)
      .where(and(eq(t.stocktakeAnswers.responseId, responseId), inArray(t.stocktakeAnswers.questionId, cleared)));
  }
  for (const q of kept) {
    await tx
      .insert(t.stocktakeAnswers)
      .values({ responseId, questionId: q.id, value: answers.get(q.id), updatedAt: now })
      .onConflictDoUpdate({
        target: [t.stocktakeAnswers.responseId, t.stocktakeAnswers.questionId],
        set: { value: answers.get(q.id), updatedAt: now },
      });
  }
}

/**
 * Saves one step's answers as posted, whatever their mistakes (nothing typed is lost), then moves
 * as asked: on "next" only when the step's answers are complete and valid, otherwise staying with
 * the problems. On the last step, "submit" checks every step and sends the response to TEC.
 */
export async function saveStep(
  slug: string,
  token: string,
  step: number,
  intent: StepIntent,
  form: Posted,
  now = new Date(),
): Promise<StepResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const found = await responseByToken(tx, slug, token, now, true);
    if (!found) throw NOT_FOUND();
    const { response, round } = found;
    if (!isEditable(response.status, round.phase)) throw CLOSED();
    const [sections, planChoices] = await Promise.all([loadSections(tx, round.id), loadPlanChoices(tx)]);
    const codes = codesOf(planChoices);
    const here = Math.min(Math.max(step, 0), sections.length);
    const section = sections[here];
    let fieldErrors: FieldErrors = {};
    if (section) {
      const read = readStepAnswers(section.questions, form, codes, intent === "next");
      await writeAnswers(tx, response.id, section.questions, read.answers, now);
      fieldErrors = read.fieldErrors;
    }
    const update: Partial<typeof t.stocktakeResponses.$inferInsert> = { updatedAt: now };
    let submitted = false;
    if (!section && response.status === "returned") {
      const answer = typeof form.get("reviewAnswer") === "string" ? String(form.get("reviewAnswer")).trim() : "";
      if (answer.length > 2000) fieldErrors.reviewAnswer = ["Keep your answer to 2000 characters or fewer."];
      update.reviewAnswer = answer.slice(0, 2000) || null;
    }
    if (!section && intent === "submit") {
      const all = await loadAnswers(tx, response.id);
      const errors = answerErrors(
        sections.flatMap((s) => s.questions),
        all,
        codes,
        true,
      );
      if (response.status === "returned" && !update.reviewAnswer && !fieldErrors.reviewAnswer)
        fieldErrors.reviewAnswer = ["Answer TEC’s question before sending the response again."];
      fieldErrors = { ...errors, ...fieldErrors };
      if (Object.keys(fieldErrors).length === 0) {
        update.status = "submitted";
        update.submittedAt = now;
        submitted = true;
      }
    }
    const next = submitted ? sections.length : stepAfter(here, intent, sections.length, fieldErrors);
    update.currentStep = next;
    await tx.update(t.stocktakeResponses).set(update).where(eq(t.stocktakeResponses.id, response.id));
    if (submitted) {
      await recordSystemAudit(tx, {
        label: RESPONDENT,
        entity: "stocktake_response",
        entityId: response.id,
        event: response.status === "returned" ? "resubmitted" : "submitted",
        before: { status: response.status },
        after: { status: "submitted" },
        at: now,
      });
    }
    return { step: next, fieldErrors, submitted };
  });
}
