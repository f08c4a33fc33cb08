import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { demoPlan } from "@/db/seed/demo-plan";
import { GET as getPlan } from "@/app/api/v1/plan/route";
import { DRIVERS } from "../../support/databases";
import { apiDatabase, callJson, type ApiAction } from "./support";

type PlanBody = {
  plan: { title: string; titleMi: string; version: string; asAt: string };
  focusAreas: { number: number; title: string; provenance: string }[];
  recommendations: { number: number; focusArea: number; workstreams: number[] }[];
  workstreams: { number: number; leadAgency: { slug: string; name: string }; recommendations: number[] }[];
  actions: (ApiAction & Record<string, unknown>)[];
};

describe.each(DRIVERS)("GET /api/v1/plan on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await apiDatabase(driver);
  });
  afterAll(async () => handle?.close());

  it("describes the plan, its structure and every action, with macrons intact", async () => {
    const { status, body, response } = await callJson<PlanBody>(getPlan, "/api/v1/plan");
    expect(status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(body.plan).toEqual({
      title: demoPlan.plan.title,
      titleMi: demoPlan.plan.titleMi,
      version: expect.any(String),
      asAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(body.plan.titleMi).toContain("Pūnaha");
    expect(body.focusAreas.map((f) => f.number)).toEqual(demoPlan.focusAreas.map((f) => f.number));
    expect(body.recommendations).toHaveLength(demoPlan.recommendations.length);
    for (const w of body.workstreams) {
      const seeded = demoPlan.workstreams.find((s) => s.number === w.number)!;
      expect(w.leadAgency.slug).toBe(seeded.leadAgency);
      expect(w.leadAgency.name).toBe(demoPlan.agencies.find((a) => a.slug === seeded.leadAgency)!.name);
      expect(w.recommendations).toEqual([...seeded.recommendations].sort((a, b) => a - b));
    }
    expect(body.actions.map((a) => a.code).sort()).toEqual(demoPlan.actions.map((a) => a.code).sort());
    expect(Object.keys(body.actions[0]!).sort()).toEqual(
      [
        "code",
        "title",
        "titleMi",
        "workstream",
        "leadAgency",
        "contributingAgencies",
        "foundational",
        "stage",
        "confidence",
        "systemState",
        "progress",
        "baselineDue",
        "forecastDue",
        "overdueDays",
        "provenance",
      ].sort(),
    );
    const seeded = demoPlan.actions[0]!;
    const first = body.actions.find((a) => a.code === seeded.code)!;
    expect(first.leadAgency).toBe(seeded.leadAgency);
    expect(first.contributingAgencies).toEqual([...seeded.contributors].sort());
    expect(body.actions.some((a) => typeof a.progress === "number")).toBe(true);
    expect(body.actions.some((a) => a.systemState === "current" && a.stage !== null)).toBe(true);
  });

  it("says how many days each unfinished action is overdue today in New Zealand, and never for finished ones", async () => {
    const { body } = await callJson<{
      actions: (ApiAction & { overdueDays: number | null; baselineDue: string; forecastDue: string | null })[];
    }>(getPlan, "/api/v1/plan");
    const byCode = new Map(body.actions.map((a) => [a.code, a]));
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Pacific/Auckland" }).format(new Date());
    const daysSince = (date: string) => Math.round((Date.parse(today) - Date.parse(date)) / 86_400_000);
    // 5.4 has never reported and was due on 30 September 2025: overdue, and no progress (not 0 %).
    expect(byCode.get("5.4")).toMatchObject({ systemState: "not_yet_reported", progress: null });
    expect(byCode.get("5.4")!.overdueDays).toBe(daysSince("2025-09-30"));
    // Not proceeding, and complete: never overdue, whatever the dates.
    expect(byCode.get("6.4")).toMatchObject({ stage: "not_proceeding", overdueDays: null });
    expect(byCode.get("1.4")).toMatchObject({ stage: "complete", overdueDays: null });
    for (const a of body.actions) {
      const due = a.forecastDue ?? a.baselineDue;
      const open = a.stage === null || !["complete", "completed_modified", "not_proceeding"].includes(a.stage);
      expect(a.overdueDays, a.code).toBe(open && due < today ? daysSince(due) : null);
    }
  });

  it("refuses query parameters it does not take", async () => {
    const { status, body } = await callJson(getPlan, "/api/v1/plan?format=xml");
    expect(status).toBe(400);
    expect(body).toEqual({
      error: { code: "invalid_query", message: expect.any(String), fields: { format: ["Unknown query parameter."] } },
    });
  });
});
