import { describe, expect, it } from "vitest";
import {
  actionsForRecommendation,
  actionsOfWorkstream,
  agencyInvolvement,
  indexPlan,
  involvedAgencies,
  parseNumberParam,
} from "@/lib/public/plan-lookups";
import type { PublicAgency, PublicWorkstream } from "@/lib/public/types";
import { publicAction } from "./fixtures";

const agency = (slug: string): PublicAgency => ({
  slug,
  acronym: slug.toUpperCase(),
  name: slug,
  nameMi: null,
  websiteUrl: null,
});
const workstream = (number: number, leadAgency: string, recommendations: number[]): PublicWorkstream => ({
  number,
  title: `Workstream ${number}`,
  titleMi: null,
  description: "",
  leadAgency,
  recommendations,
  provenance: "illustrative",
  sourceUrl: null,
});

const plan = {
  agencies: [agency("tec"), agency("moe"), agency("ero")],
  workstreams: [workstream(1, "tec", [1, 2]), workstream(2, "moe", [3])],
  actions: [
    publicAction({ code: "1.1", recommendations: [1, 2], leadAgency: "tec", contributingAgencies: ["moe"] }),
    publicAction({ code: "1.2", recommendations: [1, 2, 3], leadAgency: "moe" }),
    publicAction({ code: "2.1", recommendations: [3], leadAgency: "moe", contributingAgencies: ["tec"] }),
  ],
};

describe("plan lookups", () => {
  it("finds actions by recommendation (through the workstream or directly) and by primary workstream", () => {
    expect(actionsForRecommendation(plan.actions, 3).map((a) => a.code)).toEqual(["1.2", "2.1"]);
    expect(actionsForRecommendation(plan.actions, 7)).toEqual([]);
    expect(actionsOfWorkstream(plan.actions, 1).map((a) => a.code)).toEqual(["1.1", "1.2"]);
  });

  it("separates what an agency leads from what it contributes to, counting each action once", () => {
    const moe = agencyInvolvement(plan, agency("moe"));
    expect(moe.workstreamsLed.map((w) => w.number)).toEqual([2]);
    expect(moe.actionsLed.map((a) => a.code)).toEqual(["1.2", "2.1"]);
    expect(moe.actionsContributing.map((a) => a.code)).toEqual(["1.1"]);
  });

  it("lists only agencies that lead or contribute", () => {
    expect(involvedAgencies(plan).map((i) => i.agency.slug)).toEqual(["tec", "moe"]);
  });

  it("indexes agencies, workstreams and actions", () => {
    const index = indexPlan(plan);
    expect(index.agency("ero")?.acronym).toBe("ERO");
    expect(index.workstream(2)?.leadAgency).toBe("moe");
    expect(index.action("2.1")?.leadAgency).toBe("moe");
    expect(index.action("9.9")).toBeUndefined();
  });

  it("accepts a route number only in its one canonical spelling", () => {
    expect(parseNumberParam("3")).toBe(3);
    expect(parseNumberParam("11")).toBe(11);
    for (const bad of ["0", "03", "3.0", "-1", "x", "", "1e1"]) expect(parseNumberParam(bad)).toBeNull();
  });
});
