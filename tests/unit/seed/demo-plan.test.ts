import { describe, expect, it } from "vitest";
import { demoPlan } from "@/db/seed/demo-plan";
import type { SeedAction, SeedStoryEntry } from "@/db/seed/types";
import { actionsAtRisk, findCycle } from "@/lib/dependencies/dependency-graph";
import { CONFIDENCES, FINISHED_STAGES, OPEN_UPDATE_STATES, POPULATION_GROUPS, STAGES } from "@/lib/status/vocabulary";

const { plan, agencies, focusAreas, recommendations, workstreams, actions, indicators, versions, changeRequests } =
  demoPlan;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const QUARTER = /^(\d{4}) Q([1-4])$/;
const CURRENT_PERIOD = "2026 Q4";
const LATEST_CLOSED_PERIOD = "2026 Q3";

function quarterIndex(label: string): number {
  const m = QUARTER.exec(label);
  if (!m) throw new Error(`Not a quarter label: "${label}"`);
  return Number(m[1]) * 4 + Number(m[2]) - 1;
}

function quarterEnd(label: string): string {
  const m = QUARTER.exec(label);
  if (!m) throw new Error(`Not a quarter label: "${label}"`);
  return `${m[1]}-${["03-31", "06-30", "09-30", "12-31"][Number(m[2]) - 1]}`;
}

const isPublished = (e: SeedStoryEntry) => (e.state ?? "published") === "published";
const published = (a: SeedAction) => a.story.filter(isPublished);
const allPublished = actions.flatMap((a) => published(a).map((entry) => ({ action: a, entry })));
const isHttps = (url: string | undefined) => typeof url === "string" && /^https:\/\/[^\s]+$/.test(url);
const agencySlugs = new Set(agencies.map((a) => a.slug));

describe("demo plan structure", () => {
  it("has 3 focus areas, 11 recommendations and 8 workstreams, numbered from 1", () => {
    expect(focusAreas.map((f) => f.number)).toEqual([1, 2, 3]);
    expect(recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(workstreams.map((w) => w.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("spreads the recommendations over all three focus areas", () => {
    for (const f of focusAreas) expect(recommendations.some((r) => r.focusArea === f.number)).toBe(true);
    for (const r of recommendations) expect([1, 2, 3]).toContain(r.focusArea);
  });

  it("links every recommendation to a workstream, and each workstream to 1–3 existing recommendations", () => {
    const linked = new Set(workstreams.flatMap((w) => w.recommendations));
    for (const r of recommendations) expect(linked.has(r.number), `recommendation ${r.number}`).toBe(true);
    for (const w of workstreams) {
      expect(w.recommendations.length).toBeGreaterThanOrEqual(1);
      expect(w.recommendations.length).toBeLessThanOrEqual(3);
      for (const n of w.recommendations) expect(n).toBeGreaterThanOrEqual(1);
      for (const n of w.recommendations) expect(n).toBeLessThanOrEqual(11);
    }
  });

  it("has at least 32 actions, 4–5 in every workstream, with codes numbered consecutively", () => {
    expect(actions.length).toBeGreaterThanOrEqual(32);
    for (const w of workstreams) {
      const codes = actions.filter((a) => a.code.startsWith(`${w.number}.`)).map((a) => a.code);
      expect(codes.length, `workstream ${w.number}`).toBeGreaterThanOrEqual(4);
      expect(codes.length, `workstream ${w.number}`).toBeLessThanOrEqual(5);
      expect(codes).toEqual(codes.map((_, i) => `${w.number}.${i + 1}`));
    }
  });

  it("gives every action a unique N.M code whose N is a workstream", () => {
    const workstreamNumbers = new Set(workstreams.map((w) => w.number));
    for (const a of actions) {
      const m = /^(\d+)\.(\d+)$/.exec(a.code);
      expect(m, a.code).not.toBeNull();
      expect(workstreamNumbers.has(Number(m?.[1])), a.code).toBe(true);
    }
    expect(new Set(actions.map((a) => a.code)).size).toBe(actions.length);
  });

  it("only refers to known agencies, and never lists the lead as a contributor", () => {
    expect(agencies.map((a) => a.slug)).toEqual(["tec", "moe", "mbie", "msd", "nzqa", "tpk", "mpp", "myd", "ero"]);
    for (const a of agencies) {
      expect(a.slug).toMatch(/^[a-z]+$/);
      expect(a.slug).toBe(a.acronym.toLowerCase());
      expect(isHttps(a.websiteUrl), a.slug).toBe(true);
      expect(a.websiteUrl).toMatch(/\.govt\.nz$/);
    }
    for (const w of workstreams) expect(agencySlugs.has(w.leadAgency), `workstream ${w.number}`).toBe(true);
    for (const a of actions) {
      expect(agencySlugs.has(a.leadAgency), a.code).toBe(true);
      expect(a.contributors.length).toBeLessThanOrEqual(3);
      for (const c of a.contributors) expect(agencySlugs.has(c), `${a.code} contributor ${c}`).toBe(true);
      expect(a.contributors, a.code).not.toContain(a.leadAgency);
      expect(new Set(a.contributors).size).toBe(a.contributors.length);
    }
    for (const i of indicators) expect(agencySlugs.has(i.ownerAgency), i.code).toBe(true);
  });

  it("has TEC lead several workstreams and MoE, MBIE, MSD and another agency lead some", () => {
    const leads = workstreams.map((w) => w.leadAgency);
    expect(leads.filter((l) => l === "tec").length).toBeGreaterThanOrEqual(2);
    for (const slug of ["moe", "mbie", "msd"]) expect(leads).toContain(slug);
    expect(leads.some((l) => !["tec", "moe", "mbie", "msd"].includes(l))).toBe(true);
  });
});

describe("demo plan dates, criteria and milestones", () => {
  it("keeps the plan window and approval confirmed facts", () => {
    expect(plan.approvedOn).toBe("2023-09-27");
    expect(plan.approvedBy).toBe("Minister of Education");
    expect(plan.startsOn).toBe("2023-10-01");
    expect(plan.endsOn).toBe("2025-09-30");
    expect(plan.provenance).toBe("confirmed");
  });

  it("gives every action 1–3 criteria and 2–4 milestones inside its baseline window", () => {
    for (const a of actions) {
      expect(a.criteria.length, a.code).toBeGreaterThanOrEqual(1);
      expect(a.criteria.length, a.code).toBeLessThanOrEqual(3);
      expect(a.milestones.length, a.code).toBeGreaterThanOrEqual(2);
      expect(a.milestones.length, a.code).toBeLessThanOrEqual(4);
      expect(a.baselineStart).toMatch(ISO_DATE);
      expect(a.baselineDue).toMatch(ISO_DATE);
      expect(a.baselineStart >= plan.startsOn, a.code).toBe(true);
      expect(a.baselineDue <= plan.endsOn, a.code).toBe(true);
      expect(a.baselineStart < a.baselineDue, a.code).toBe(true);
      if (a.forecastDue !== undefined) expect(a.forecastDue > a.baselineDue, a.code).toBe(true);
      for (const m of a.milestones) {
        const label = `${a.code} "${m.title}"`;
        expect(m.baselineDue >= a.baselineStart && m.baselineDue <= a.baselineDue, label).toBe(true);
        if (m.forecastDue !== undefined) expect(m.forecastDue > m.baselineDue, label).toBe(true);
        if (m.completedOn !== undefined) {
          expect(m.completedOn).toMatch(ISO_DATE);
          expect(m.completedOn <= "2026-09-30", label).toBe(true);
        }
      }
    }
  });

  it("staggers baseline starts across both years of the plan", () => {
    const startYears = new Set(actions.map((a) => a.baselineStart.slice(0, 4)));
    for (const year of ["2023", "2024", "2025"]) expect(startYears.has(year)).toBe(true);
  });

  it("has several actions forecast past the end of the plan, and some late milestones", () => {
    expect(actions.filter((a) => (a.forecastDue ?? "") > plan.endsOn).length).toBeGreaterThanOrEqual(3);
    expect(
      actions.some((a) => a.milestones.some((m) => m.forecastDue !== undefined && m.completedOn !== undefined)),
    ).toBe(true);
  });
});

describe("demo plan dependencies", () => {
  const edges = actions.flatMap((a) => (a.predecessors ?? []).map((p) => ({ action: a.code, predecessor: p })));
  const byCode = new Map(actions.map((a) => [a.code, a]));

  it("names only existing predecessors, planned to finish before the successor starts", () => {
    for (const { action, predecessor } of edges) {
      const p = byCode.get(predecessor);
      expect(p, `${action} depends on unknown ${predecessor}`).toBeDefined();
      expect(predecessor).not.toBe(action);
      expect((p?.baselineDue ?? "") <= (byCode.get(action)?.baselineStart ?? ""), `${predecessor} → ${action}`).toBe(
        true,
      );
    }
  });

  it("has no cycle", () => {
    expect(findCycle(edges)).toBeNull();
  });

  it("makes every foundational action a predecessor of several later actions", () => {
    const foundational = actions.filter((a) => a.foundational);
    expect(foundational.length).toBeGreaterThanOrEqual(4);
    for (const f of foundational) {
      expect(edges.filter((e) => e.predecessor === f.code).length, f.code).toBeGreaterThanOrEqual(2);
    }
  });

  it("shows a dependency risk caused by a slipping foundational action", () => {
    const scheduled = actions.map((a) => ({
      code: a.code,
      baselineStart: a.baselineStart,
      baselineDue: a.baselineDue,
      forecastDue: a.forecastDue ?? null,
      foundational: a.foundational ?? false,
    }));
    const risks = actionsAtRisk(scheduled, edges);
    expect(risks.some((r) => r.cause.some((c) => c.foundational))).toBe(true);
  });
});

describe("demo plan provenance", () => {
  it("cites an https source for every confirmed item and none for illustrative ones", () => {
    const items = [plan, ...focusAreas, ...recommendations, ...workstreams, ...actions, ...indicators];
    for (const item of items) {
      if (item.provenance === "confirmed") expect(isHttps(item.sourceUrl)).toBe(true);
      else expect(item.sourceUrl).toBeUndefined();
    }
    for (const f of focusAreas) expect(f.provenance).toBe("confirmed");
    for (const r of recommendations) expect(r.provenance).toBe("illustrative");
    for (const w of workstreams) expect(w.provenance).toBe("illustrative");
  });

  it("keeps the confirmed actions: 1.4 and the foundational leadership, monitoring and Tahatū actions", () => {
    const a14 = actions.find((a) => a.code === "1.4");
    expect(a14?.title).toBe("Determine criteria for quality CEIAG");
    expect(a14?.leadAgency).toBe("tec");
    expect(a14?.foundational).toBe(true);
    expect(a14?.provenance).toBe("confirmed");
    expect(a14?.sourceUrl).toContain("careers-quality-framework");
    for (const title of [
      "Establish a cross-agency leadership function",
      "Stand up the monitoring framework of the agencies",
      "Inform the development of Tahatū Career Navigator",
    ]) {
      const a = actions.find((x) => x.title === title);
      expect(a, title).toBeDefined();
      expect(a?.foundational, title).toBe(true);
      expect(a?.provenance, title).toBe("confirmed");
    }
  });
});

describe("demo story: published entries obey the status rules", () => {
  it("uses quarter labels from 2023 Q4 to 2026 Q4, in chronological order, once per quarter", () => {
    for (const a of actions) {
      const idx = a.story.map((e) => quarterIndex(e.period));
      for (const i of idx) {
        expect(i).toBeGreaterThanOrEqual(quarterIndex("2023 Q4"));
        expect(i).toBeLessThanOrEqual(quarterIndex(CURRENT_PERIOD));
      }
      for (let k = 1; k < idx.length; k++) expect((idx[k] ?? 0) > (idx[k - 1] ?? 0), a.code).toBe(true);
    }
  });

  it("keeps unpublished entries in the open quarter only, with internal notes, and publishes nothing there", () => {
    let unpublished = 0;
    const openStates = new Set<string>();
    for (const a of actions) {
      for (const e of a.story) {
        if (isPublished(e)) {
          expect(quarterIndex(e.period) <= quarterIndex(LATEST_CLOSED_PERIOD), `${a.code} ${e.period}`).toBe(true);
          expect(e.internalNotes, `${a.code} ${e.period}`).toBeUndefined();
        } else {
          unpublished++;
          expect(e.period, a.code).toBe(CURRENT_PERIOD);
          expect(OPEN_UPDATE_STATES).toContain(e.state);
          openStates.add(e.state!);
          expect(Boolean(e.returnReason), `${a.code}: a returned update carries its reason`).toBe(
            e.state === "changes_requested",
          );
          expect(e.internalNotes?.length ?? 0, a.code).toBeGreaterThan(0);
        }
      }
    }
    expect(unpublished).toBeGreaterThanOrEqual(2);
    // The open period shows staff every state an update can be in before publication.
    expect([...openStates].sort()).toEqual([...OPEN_UPDATE_STATES].sort());
  });

  it("backs every complete or completed – modified entry with evidence for every criterion", () => {
    for (const { action, entry } of allPublished) {
      if (entry.stage !== "complete" && entry.stage !== "completed_modified") continue;
      const label = `${action.code} ${entry.period}`;
      const met = (entry.criteriaMet ?? []).map((c) => c.criterion).sort((x, y) => x - y);
      expect(met, label).toEqual(action.criteria.map((_, i) => i + 1));
      for (const c of entry.criteriaMet ?? []) {
        expect(isHttps(c.evidenceUrl) || (c.evidenceReference?.trim().length ?? 0) > 0, label).toBe(true);
        if (c.evidenceUrl !== undefined) expect(isHttps(c.evidenceUrl), label).toBe(true);
      }
      if (entry.stage === "completed_modified") expect(entry.explanation?.length ?? 0, label).toBeGreaterThan(0);
    }
  });

  it("explains and plans recovery for at-risk, unachievable or late-forecast entries", () => {
    for (const { action, entry } of allPublished) {
      const late = entry.forecastDue !== undefined && entry.forecastDue > action.baselineDue;
      if (entry.confidence === "at_risk" || entry.confidence === "unachievable" || late) {
        const label = `${action.code} ${entry.period}`;
        expect(entry.explanation?.length ?? 0, label).toBeGreaterThan(0);
        expect(entry.recoveryStep?.length ?? 0, label).toBeGreaterThan(0);
      }
    }
  });

  it("gives a reason when not proceeding, and a confidence whenever the stage is unfinished", () => {
    for (const { action, entry } of allPublished) {
      const label = `${action.code} ${entry.period}`;
      if (entry.stage === "not_proceeding") expect(entry.notProceedingReason?.length ?? 0, label).toBeGreaterThan(0);
      if (!FINISHED_STAGES.includes(entry.stage)) expect(entry.confidence, label).not.toBeNull();
      expect(entry.narrative.length, label).toBeGreaterThan(20);
      for (const ev of entry.evidence ?? []) if (ev.url !== undefined) expect(isHttps(ev.url), label).toBe(true);
    }
  });

  it("stops reporting once an action is finished, and keeps a not-proceeding action in the plan", () => {
    for (const a of actions) {
      const entries = published(a);
      const firstFinished = entries.findIndex((e) => FINISHED_STAGES.includes(e.stage));
      if (firstFinished >= 0) expect(firstFinished, a.code).toBe(entries.length - 1);
    }
    expect(allPublished.some(({ entry }) => entry.stage === "not_proceeding")).toBe(true);
  });

  it("matches the action's forecast to the latest published forecast", () => {
    for (const a of actions) {
      const forecasts = published(a).flatMap((e) => (e.forecastDue ? [e.forecastDue] : []));
      if (forecasts.length > 0) expect(a.forecastDue, a.code).toBe(forecasts[forecasts.length - 1]);
    }
  });

  it("uses every stage and every confidence somewhere", () => {
    const stages = new Set(allPublished.map(({ entry }) => entry.stage));
    const confidences = new Set(allPublished.map(({ entry }) => entry.confidence));
    for (const s of STAGES) expect(stages.has(s), s).toBe(true);
    for (const c of CONFIDENCES) expect(confidences.has(c), c).toBe(true);
  });

  it("has at least 3 never-reported and at least 3 stale actions", () => {
    const neverReported = actions.filter((a) => published(a).length === 0);
    expect(neverReported.length).toBeGreaterThanOrEqual(3);
    const stale = actions.filter((a) => {
      const entries = published(a);
      const last = entries[entries.length - 1];
      return (
        last !== undefined &&
        quarterIndex(last.period) < quarterIndex(LATEST_CLOSED_PERIOD) &&
        !FINISHED_STAGES.includes(last.stage)
      );
    });
    expect(stale.length).toBeGreaterThanOrEqual(3);
  });
});

describe("demo story: milestones", () => {
  it("records each completed milestone in exactly one published entry, no later than that quarter", () => {
    for (const a of actions) {
      const recordedBy = new Map<number, string[]>();
      for (const e of a.story) {
        for (const pos of e.completesMilestones ?? []) {
          const label = `${a.code} ${e.period} milestone ${pos}`;
          expect(isPublished(e), label).toBe(true);
          const m = a.milestones[pos - 1];
          expect(m, label).toBeDefined();
          expect(m?.completedOn, label).toBeDefined();
          expect((m?.completedOn ?? "9999") <= quarterEnd(e.period), label).toBe(true);
          recordedBy.set(pos, [...(recordedBy.get(pos) ?? []), e.period]);
        }
      }
      a.milestones.forEach((m, i) => {
        const count = recordedBy.get(i + 1)?.length ?? 0;
        expect(count, `${a.code} milestone ${i + 1}`).toBe(m.completedOn === undefined ? 0 : 1);
      });
    }
  });

  it("completes every milestone of an action that is complete", () => {
    for (const a of actions) {
      const last = published(a).at(-1);
      if (last?.stage === "complete" || last?.stage === "completed_modified") {
        for (const m of a.milestones) expect(m.completedOn, `${a.code} "${m.title}"`).toBeDefined();
      }
    }
  });
});

describe("demo indicators, versions and language", () => {
  const actionCodes = new Set(actions.map((a) => a.code));

  it("has at least 6 indicators with readings, 3 by population group and 1 by region", () => {
    expect(indicators.length).toBeGreaterThanOrEqual(6);
    expect(new Set(indicators.map((i) => i.code)).size).toBe(indicators.length);
    for (const i of indicators) {
      expect(i.code).toMatch(/^I\d+$/);
      expect(i.readings.length, i.code).toBeGreaterThanOrEqual(6);
      for (const code of i.actions) expect(actionCodes.has(code), `${i.code} → ${code}`).toBe(true);
      for (const n of i.recommendations) expect(n >= 1 && n <= 11, i.code).toBe(true);
      expect(i.baselineDate < i.targetDate, i.code).toBe(true);
      const periods = i.readings.map((r) => quarterIndex(r.period));
      for (let k = 1; k < periods.length; k++) expect((periods[k] ?? 0) > (periods[k - 1] ?? 0), i.code).toBe(true);
      for (const p of periods) expect(p <= quarterIndex(LATEST_CLOSED_PERIOD), i.code).toBe(true);
    }
    const byGroup = indicators.filter((i) => i.readings.some((r) => r.byGroup));
    expect(byGroup.length).toBeGreaterThanOrEqual(3);
    for (const i of byGroup)
      for (const r of i.readings)
        for (const key of Object.keys(r.byGroup ?? {})) expect(POPULATION_GROUPS).toContain(key);
    const byRegion = indicators.filter((i) => i.readings.some((r) => r.byRegion));
    expect(byRegion.length).toBeGreaterThanOrEqual(1);
    for (const i of byRegion)
      for (const r of i.readings)
        if (r.byRegion)
          expect(
            Object.values(r.byRegion).reduce((s, v) => s + v, 0),
            `${i.code} ${r.period}`,
          ).toBe(r.value);
    expect(JSON.stringify(indicators)).toContain("Tāmaki Makaurau / Auckland");
  });

  it("has the approved baseline 1.0 and a reviewed 1.1 with the change requests behind it", () => {
    expect(versions.map((v) => v.version)).toEqual(["1.0", "1.1"]);
    expect(versions[0]?.effectiveOn).toBe("2023-09-27");
    expect(versions[0]?.approvedBy).toBe("Minister of Education");
    expect(changeRequests.length).toBeGreaterThanOrEqual(2);
    expect(changeRequests.length).toBeLessThanOrEqual(4);
    for (const cr of changeRequests) {
      expect(cr.version).toBe("1.1");
      expect(cr.reason.length).toBeGreaterThan(0);
      expect(cr.approvingBody.length).toBeGreaterThan(0);
      expect(cr.decidedOn <= (versions[1]?.effectiveOn ?? "")).toBe(true);
      if (cr.action !== undefined) expect(actionCodes.has(cr.action), cr.action).toBe(true);
    }
    const stopped = changeRequests.filter((cr) => cr.kind === "stop").map((cr) => cr.action);
    for (const code of stopped) {
      const a = actions.find((x) => x.code === code);
      expect(a && published(a).at(-1)?.stage).toBe("not_proceeding");
    }
  });

  it("keeps te reo Māori macrons intact", () => {
    expect(plan.titleMi).toBe("Te Mahere Mahi o Te Rautaki Pūnaha Aramahi ā-Motu");
    expect(plan.strategyTitleMi).toBe("Te Rautaki Pūnaha Aramahi ā-Motu");
    expect(plan.titleMi).toContain("ā");
    expect(agencies.find((a) => a.slug === "tec")?.nameMi).toBe("Te Amorangi Mātauranga Matua");
    expect(agencies.find((a) => a.slug === "tpk")?.name).toBe("Te Puni Kōkiri – Ministry of Māori Development");
    const text = JSON.stringify(demoPlan);
    for (const bare of [
      /\bMaori\b/,
      /\bwhanau\b/i,
      /\bTahatu\b/,
      /\bKokiri\b/,
      /\bPunaha\b/,
      /\bwananga\b/i,
      /\bhapu\b/i,
    ]) {
      expect(text, String(bare)).not.toMatch(bare);
    }
    for (const word of ["whānau", "Māori", "Tahatū", "kaupapa Māori", "Pacific peoples"]) expect(text).toContain(word);
  });
});
