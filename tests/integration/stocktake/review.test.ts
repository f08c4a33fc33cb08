import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { insertResponseByFields } from "@/db/stocktake-round";
import { setDatabaseHandle } from "@/lib/dal/db";
import { listAcceptedInitiatives } from "@/lib/dal/stocktake/initiatives";
import { openResponse, saveStep, startResponse } from "@/lib/dal/stocktake/respond";
import { reviewResponse } from "@/lib/dal/stocktake/review";
import {
  addSection,
  createRound,
  deleteQuestion,
  getRoundForEdit,
  saveQuestion,
} from "@/lib/dal/stocktake/rounds-admin";
import type { UserActor } from "@/lib/permissions/actor";
import { answerName } from "@/lib/stocktake/answer-input";
import { DRIVERS, seededDatabase } from "../../support/databases";
import { actorFor, expectWorkflowError, userActor } from "../workflow/support";

vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => ({
    publicUrl: "https://mahere.example.org",
    trustedProxies: { hops: 1 },
    mail: { smtpUrl: undefined, from: "Mahere <no-reply@mahere.example.org>" },
  }),
}));

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}

const now = new Date();
const nzDate = (offsetDays: number) => new Date(now.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const roundForm = (slug: string) =>
  form({
    slug,
    title: `Round ${slug}`,
    titleMi: "",
    purpose: "Find gaps",
    audience: "Providers",
    introduction: "Tell us.",
    introductionMi: "",
    opensDate: nzDate(-2),
    opensTime: "09:00",
    closesDate: nzDate(30),
    closesTime: "17:00",
    state: "published",
    overlapThreshold: "3",
  });

describe.each(DRIVERS)("running and reviewing a stocktake round on %s", (driver) => {
  let handle: DbHandle;
  let monitor: UserActor;

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    monitor = await userActor(handle.db, "monitor");
  });
  afterAll(async () => handle?.close());

  const audits = (entity: string, entityId: number) =>
    handle.db
      .select({ event: t.auditEvents.event })
      .from(t.auditEvents)
      .where(and(eq(t.auditEvents.entity, entity), eq(t.auditEvents.entityId, String(entityId))));

  it("lets only TEC monitors open a round, refuses a bad form with every problem, and audits the creation", async () => {
    for (const persona of ["anonymous", "admin", "leadStaff"] as const) {
      await expectWorkflowError(
        createRound(await actorFor(handle.db, persona), roundForm("r-refused"), null),
        "forbidden",
      );
    }
    const bad = roundForm("analysis");
    bad.set("closesDate", nzDate(-5));
    bad.set("title", "");
    const refused = await expectWorkflowError(createRound(monitor, bad, null), "invalid");
    expect(Object.keys(refused.fieldErrors).sort()).toEqual(["slug", "title"]);

    await createRound(monitor, roundForm("first-round"), null);
    const { round, sections, frozen } = await getRoundForEdit(monitor, "first-round");
    expect(frozen).toBe(false);
    expect(sections.map((s) => s.questions.length)).toEqual([4, 7, 2, 1]);
    expect(await audits("stocktake_round", round.id)).toEqual([{ event: "created" }]);
    await expectWorkflowError(createRound(monitor, roundForm("first-round"), null), "invalid");
  });

  it("edits questions until the first response arrives, then refuses with a clear message; a new round copies them", async () => {
    await createRound(monitor, roundForm("second-round"), null);
    const { sections } = await getRoundForEdit(monitor, "second-round");
    const question = form({ kind: "number", label: "How many participants a year?", required: "yes", min: "0" });
    await saveQuestion(monitor, "second-round", sections[1]!.id, null, question);
    await addSection(monitor, "second-round", form({ title: "Anything else" }));
    const edited = await getRoundForEdit(monitor, "second-round");
    const added = edited.sections[1]!.questions.at(-1)!;
    expect(added).toMatchObject({ kind: "number", required: true, limits: { min: 0 } });
    expect(edited.sections).toHaveLength(5);

    await startResponse("second-round", { email: null, language: "en" });
    expect((await getRoundForEdit(monitor, "second-round")).frozen).toBe(true);
    const frozen = await expectWorkflowError(
      saveQuestion(monitor, "second-round", sections[1]!.id, added.id, question),
      "conflict",
    );
    expect(frozen.message).toMatch(/responses have arrived.*copy these questions/);
    await expectWorkflowError(deleteQuestion(monitor, "second-round", added.id), "conflict");

    await createRound(monitor, roundForm("third-round"), "second-round");
    const copied = await getRoundForEdit(monitor, "third-round");
    expect(copied.sections.map((s) => s.questions.map((q) => q.label))).toEqual(
      edited.sections.map((s) => s.questions.map((q) => q.label)),
    );
    expect(copied.frozen).toBe(false);
  });

  it("accepts, returns with a question the respondent answers through the link, and marks duplicates, each audited", async () => {
    const { round } = await getRoundForEdit(monitor, "first-round");
    const base = { roundId: round.id, tokenExpiresAt: new Date(now.getTime() + 90 * 86_400_000), at: now };
    const answers = {
      organisation: "Te Whare Mahi",
      contact_name: "Aroha",
      contact_email: "aroha@example.org",
      name: "Pathways",
      description: "Mentoring.",
      scale: "local",
      regions: ["otago"],
      populations: [{ group: "maori", designed: true }],
      supports: ["training"],
    };
    const first = await insertResponseByFields(handle.db, { ...base, status: "submitted", answers });
    const second = await insertResponseByFields(handle.db, { ...base, status: "submitted", answers });
    const draft = await insertResponseByFields(handle.db, { ...base, status: "draft", answers });

    await expectWorkflowError(
      reviewResponse(await actorFor(handle.db, "admin"), "first-round", first, "accept", {}),
      "forbidden",
    );
    await expectWorkflowError(reviewResponse(monitor, "first-round", draft, "accept", {}), "invalid_transition");
    await reviewResponse(monitor, "first-round", first, "accept", {});
    expect((await listAcceptedInitiatives(round.id)).map((i) => i.id)).toEqual([first]);

    await expectWorkflowError(
      reviewResponse(monitor, "first-round", second, "duplicate", { duplicateOf: second }),
      "invalid",
    );
    await expectWorkflowError(
      reviewResponse(monitor, "first-round", second, "duplicate", { duplicateOf: draft }),
      "invalid",
    );
    await reviewResponse(monitor, "first-round", second, "duplicate", { duplicateOf: first });
    const [dup] = await handle.db.select().from(t.stocktakeResponses).where(eq(t.stocktakeResponses.id, second));
    expect(dup).toMatchObject({ status: "duplicate", duplicateOfId: first });

    await expectWorkflowError(reviewResponse(monitor, "first-round", first, "return", { question: " " }), "invalid");
    await reviewResponse(monitor, "first-round", first, "return", { question: "Which regions, exactly?" });
    expect(await listAcceptedInitiatives(round.id)).toEqual([]);
    expect((await audits("stocktake_response", first)).map((a) => a.event)).toEqual(["accepted", "returned"]);
    expect((await audits("stocktake_response", second)).map((a) => a.event)).toEqual(["marked_duplicate"]);
  });

  it("shows TEC's question through the respondent's link, and takes the answer and the response again", async () => {
    const { token } = await startResponse("first-round", { email: null, language: "en" });
    const { sections, round } = await getRoundForEdit(monitor, "first-round");
    const fill: Record<number, Record<string, string>> = {
      0: { organisation: "Rōpū Mahi", contact_name: "Hemi", contact_email: "hemi@example.org" },
      1: { name: "Job club", description: "Weekly job club.", scale: "national", regions: "auckland" },
    };
    for (const [step, fields] of Object.entries(fill)) {
      const f = new FormData();
      for (const q of sections[Number(step)]!.questions)
        if (q.field && fields[q.field]) f.append(answerName(q.id), fields[q.field]!);
      expect((await saveStep("first-round", token, Number(step), "next", f)).fieldErrors).toEqual({});
    }
    const groups = new FormData();
    const [populations, supports] = sections[2]!.questions;
    groups.append(`q${populations!.id}.neet_youth`, "reaches");
    groups.append(answerName(supports!.id), "employment_placement");
    await saveStep("first-round", token, 2, "next", groups);
    expect((await saveStep("first-round", token, 4, "submit", new FormData())).submitted).toBe(true);
    const [row] = await handle.db
      .select({ id: t.stocktakeResponses.id })
      .from(t.stocktakeResponses)
      .where(and(eq(t.stocktakeResponses.roundId, round.id), eq(t.stocktakeResponses.status, "submitted")));

    await reviewResponse(monitor, "first-round", row!.id, "return", { question: "Is it really national?" });
    const returned = await openResponse("first-round", token);
    expect(returned).toMatchObject({ status: "returned", editable: true, reviewQuestion: "Is it really national?" });
    const unanswered = await saveStep("first-round", token, 4, "submit", form({ reviewAnswer: "" }));
    expect(unanswered.fieldErrors).toEqual({ reviewAnswer: [expect.stringMatching(/Answer TEC/)] });
    const resent = await saveStep(
      "first-round",
      token,
      4,
      "submit",
      form({ reviewAnswer: "Yes: online, everywhere." }),
    );
    expect(resent.submitted).toBe(true);
    expect(await openResponse("first-round", token)).toMatchObject({
      status: "submitted",
      reviewAnswer: "Yes: online, everywhere.",
    });
  });
});
