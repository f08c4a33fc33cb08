import { describe, expect, it } from "vitest";
import { quarterPeriod } from "@/lib/periods/quarters";
import { assembleActionSnapshot, type ActionSnapshotInput, type SnapshotPeriod } from "@/lib/periods/snapshot";

const q = quarterPeriod(2026, 3);
const period: SnapshotPeriod = {
  id: 7,
  label: q.label,
  startsOn: q.startsOn,
  endsOn: q.endsOn,
  dueAt: q.dueAt,
  graceUntil: q.graceUntil,
};
const atClose = q.closesAt;

const latest = (stage: "underway" | "complete", confidence: "on_track" | null = "on_track") => ({
  id: 1,
  stage,
  confidence,
  periodLabel: "2026 Q2",
  publishedAt: "2026-07-10T00:00:00.000Z",
  publicNarrative: "Going well.",
  explanation: null,
  recoveryStep: null,
  notProceedingReason: null,
  risks: "",
  nextSteps: "",
});

function input(overrides: Partial<ActionSnapshotInput> = {}): ActionSnapshotInput {
  return {
    action: {
      code: "1.4",
      title: "Determine criteria for quality CEIAG",
      titleMi: null,
      workstream: { number: 1, title: "Leadership" },
      leadAgency: { id: 1, acronym: "TEC", name: "Tertiary Education Commission" },
      foundational: true,
      predecessors: [],
      baselineStart: "2024-01-01",
      baselineDue: "2026-12-31",
    },
    latest: latest("underway"),
    coversPeriod: true,
    forecastDue: null,
    milestones: [
      { title: "Draft", baselineDue: "2025-06-30", forecastDue: null, completedOn: "2025-06-01", weight: 1 },
      { title: "Final", baselineDue: "2026-06-30", forecastDue: "2026-12-31", completedOn: null, weight: 1 },
    ],
    periodUpdates: [],
    ...overrides,
  };
}

describe("assembleActionSnapshot", () => {
  it("freezes the published status, progress from milestones and the public fields only", () => {
    const s = assembleActionSnapshot(input(), period, atClose);
    expect(s).toMatchObject({ code: "1.4", stage: "underway", confidence: "on_track", systemState: "current" });
    expect(s.progress).toEqual({ done: 1, total: 2, percent: 50 });
    expect(s.milestones[1]).toEqual({
      title: "Final",
      baselineDue: "2026-06-30",
      forecastDue: "2026-12-31",
      completedOn: null,
    });
    expect(s.milestones[0]).not.toHaveProperty("weight");
    expect(s.update).not.toHaveProperty("stage");
    expect(s.update?.publicNarrative).toBe("Going well.");
  });

  it("is stale when nothing published covers the closing period, unless the action is finished", () => {
    expect(assembleActionSnapshot(input({ coversPeriod: false }), period, atClose).systemState).toBe("stale");
    const done = input({ coversPeriod: false, latest: latest("complete", null) });
    expect(assembleActionSnapshot(done, period, atClose).systemState).toBe("current");
  });

  it("says not yet reported, with no rating, when nothing was ever published", () => {
    const s = assembleActionSnapshot(input({ latest: null, coversPeriod: false }), period, atClose);
    expect(s).toMatchObject({ systemState: "not_yet_reported", stage: null, confidence: null, update: null });
  });

  it("records the period's reporting: late if nothing came in, not expected once finished", () => {
    expect(assembleActionSnapshot(input(), period, atClose).reporting).toEqual({ state: "late", submittedLate: false });
    const published = input({
      periodUpdates: [{ state: "published", submittedAt: q.dueAt, publishedAt: q.dueAt }],
    });
    expect(assembleActionSnapshot(published, period, atClose).reporting.state).toBe("published");
    const finished = input({ latest: latest("complete", null) });
    expect(assembleActionSnapshot(finished, period, atClose).reporting.state).toBe("not_expected");
  });
});
