import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { demoPlan } from "@/db/seed/demo-plan";
import { GET as getAction } from "@/app/api/v1/actions/[code]/route";
import { GET as getActions } from "@/app/api/v1/actions/route";
import { GET as getPlan } from "@/app/api/v1/plan/route";
import { searchActionCodes } from "@/lib/dal/search";
import { CONFIDENCE_FILTERS, STAGE_FILTERS } from "@/lib/public/filter-actions";
import { apiDatabase, callJson, type ApiAction } from "./support";

type ListBody = { asAt: string; count: number; actions: ApiAction[] };
type Linked = { code: string; baselineDue: string; forecastDue: string | null; slipWarning: boolean };
type DetailBody = {
  action: ApiAction & {
    description: string;
    baselineStart: string;
    milestones: { position: number; title: string }[];
    criteria: { position: number; met: boolean; evidenceUrl: string | null; evidenceReference: string | null }[];
    predecessors: Linked[];
    successors: Linked[];
    recommendations: number[];
    status: Record<string, unknown>;
    updates: { publishedAt: string; narrative: string }[];
  };
};
type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

const list = (query: string) => callJson<ListBody>(getActions, `/api/v1/actions${query}`);
const detail = (code: string) =>
  callJson<DetailBody & ErrorBody, { code: string }>(getAction, `/api/v1/actions/${code}`, { params: { code } });
const codes = (body: ListBody) => body.actions.map((a) => a.code);

describe("GET /api/v1/actions and /api/v1/actions/{code}", () => {
  let handle: DbHandle;
  let all: ApiAction[];
  beforeAll(async () => {
    handle = await apiDatabase();
    all = (await callJson<{ actions: ApiAction[] }>(getPlan, "/api/v1/plan")).body.actions;
  });
  afterAll(async () => handle?.close());

  it("lists every action, in code order, with a count", async () => {
    const { status, body } = await list("");
    expect(status).toBe(200);
    expect(body.count).toBe(demoPlan.actions.length);
    expect(body.actions).toEqual(all);
  });

  it("filters by workstream and by agency (lead or contributing)", async () => {
    const ws = (await list("?workstream=2")).body;
    expect(codes(ws)).toEqual(all.filter((a) => a.workstream === 2).map((a) => a.code));
    expect(ws.count).toBeGreaterThan(0);
    const contributor = demoPlan.actions.find((a) => a.contributors.length > 0)!.contributors[0]!;
    const byAgency = (await list(`?agency=${contributor}`)).body;
    const expected = all.filter((a) => a.leadAgency === contributor || a.contributingAgencies.includes(contributor));
    expect(codes(byAgency)).toEqual(expected.map((a) => a.code));
    expect(byAgency.actions.some((a) => a.leadAgency !== contributor)).toBe(true);
  });

  it("filters by every stage and confidence value, including not yet reported and stale", async () => {
    let nonEmpty = 0;
    for (const stage of STAGE_FILTERS) {
      const { body } = await list(`?stage=${stage}`);
      const expected = all.filter((a) => (stage === "not_yet_reported" ? a.systemState === stage : a.stage === stage));
      expect(codes(body), stage).toEqual(expected.map((a) => a.code));
      if (body.count > 0) nonEmpty++;
    }
    for (const confidence of CONFIDENCE_FILTERS) {
      const { body } = await list(`?confidence=${confidence}`);
      const derived = confidence === "not_yet_reported" || confidence === "stale";
      const expected = all.filter((a) => (derived ? a.systemState === confidence : a.confidence === confidence));
      expect(codes(body), confidence).toEqual(expected.map((a) => a.code));
      if (body.count > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(5);
  });

  it("finds actions written with whānau when searching for whanau, best match first", async () => {
    const { body } = await list("?q=whanau");
    const own = demoPlan.actions.filter((a) => `${a.title} ${a.description}`.includes("whānau")).map((a) => a.code);
    expect(own.length).toBeGreaterThan(0);
    for (const code of own) expect(codes(body)).toContain(code);
    expect(codes(body)).toEqual(await searchActionCodes("whanau"));
    const combined = (await list("?q=whanau&workstream=7")).body;
    expect(codes(combined)).toEqual(codes(body).filter((c) => c.startsWith("7.")));
  });

  it.each([
    ["?stage=done", "stage"],
    ["?confidence=great", "confidence"],
    ["?workstream=abc", "workstream"],
    ["?workstream=1.5", "workstream"],
    ["?workstream=99", "workstream"],
    ["?agency=nowhere", "agency"],
    ["?agency=Not%20A%20Slug", "agency"],
    ["?colour=blue", "colour"],
    ["?stage=complete&stage=underway", "stage"],
  ])("answers %s with 400 naming %s", async (query, field) => {
    const { status, body } = await callJson<ErrorBody>(getActions, `/api/v1/actions${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.message).toContain(field);
    expect(body.error.fields?.[field]?.length).toBeGreaterThan(0);
  });

  it("returns one action with milestones, criteria, dependencies, status and published updates", async () => {
    const seeded = demoPlan.actions.find((a) => (a.predecessors ?? []).length > 0)!;
    const { status, body } = await detail(seeded.code);
    expect(status).toBe(200);
    const a = body.action;
    expect(a.code).toBe(seeded.code);
    expect(a.description).toBe(seeded.description);
    expect(a.milestones.map((m) => m.title)).toEqual(seeded.milestones.map((m) => m.title));
    expect(a.criteria).toHaveLength(seeded.criteria.length);
    for (const c of a.criteria) if (c.met) expect(c.evidenceUrl ?? c.evidenceReference).toBeTruthy();
    expect(a.predecessors.map((p) => p.code)).toEqual(seeded.predecessors);
    expect(a.status).toHaveProperty("explanation");
    expect(a.status).toHaveProperty("recoveryStep");
    expect(a.status).toHaveProperty("notProceedingReason");
    expect(a.recommendations.length).toBeGreaterThan(0);
    const times = a.updates.map((u) => u.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(JSON.stringify(body)).not.toContain("internalNotes");
  });

  it("warns when a predecessor is due after the action starts, on both sides of the link", async () => {
    for (const seeded of demoPlan.actions.filter((a) => (a.predecessors ?? []).length > 0)) {
      const { body } = await detail(seeded.code);
      for (const p of body.action.predecessors) {
        expect(p.slipWarning, `${p.code} -> ${seeded.code}`).toBe(
          (p.forecastDue ?? p.baselineDue) > seeded.baselineStart,
        );
      }
    }
    // Push one predecessor well past its successor's start: both ends of the link must say so.
    const successor = demoPlan.actions.find((a) => a.predecessors?.includes("2.1"))!;
    await handle.db.update(t.actions).set({ forecastDue: "2031-12-31" }).where(eq(t.actions.code, "2.1"));
    const after = (await detail(successor.code)).body.action;
    expect(after.predecessors.find((p) => p.code === "2.1")).toMatchObject({
      forecastDue: "2031-12-31",
      slipWarning: true,
    });
    const upstream = (await detail("2.1")).body.action;
    expect(upstream.successors.find((s) => s.code === successor.code)?.slipWarning).toBe(true);
  });

  it("answers 404 for an unknown code and 400 for a malformed one", async () => {
    const unknown = await detail("9.9");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({ code: "not_found", message: "There is no action 9.9." });
    for (const bad of ["abc", "1", "1.1.1", "0.1", "1.1'--"]) {
      const malformed = await detail(bad);
      expect(malformed.status, bad).toBe(400);
      expect(malformed.body.error.code).toBe("invalid_parameter");
    }
  });
});
