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

  it("refuses query parameters it does not take", async () => {
    const { status, body } = await callJson(getPlan, "/api/v1/plan?format=xml");
    expect(status).toBe(400);
    expect(body).toEqual({
      error: { code: "invalid_query", message: expect.any(String), fields: { format: ["Unknown query parameter."] } },
    });
  });
});
