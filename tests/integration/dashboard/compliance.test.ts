import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { complianceBoard, type ComplianceAgency } from "@/lib/dal/dashboard/compliance";
import { DASHBOARD_CSV } from "@/lib/dal/dashboard/csv-tables";
import { drillActions } from "@/lib/dal/dashboard/drill";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { COMPLIANCE_LABELS, COMPLIANCE_STATES, complianceOf } from "@/lib/periods/compliance";
import type { ActionSnapshot } from "@/lib/periods/snapshot";
import { FINISHED_STAGES, type Stage, type UpdateState } from "@/lib/status/vocabulary";
import { DRIVERS } from "../../support/databases";
import { actionByCode, dashboardDatabase, SEEDED_AT, scopeFor } from "./support";

const HOUR = 3_600_000;
const cells = (board: ComplianceAgency[]) =>
  new Map(board.flatMap((g) => g.actions.map((a) => [a.code, { ...a, lead: g.slug }])));

describe.each(DRIVERS)("the compliance board (%s)", (driver) => {
  let handle: DbHandle;
  let scope: DashboardScope;
  /** Past the grace period, the same open period: what is not submitted is late. */
  let lateScope: DashboardScope;
  const placed: Record<string, string> = {};

  beforeAll(async () => {
    handle = await dashboardDatabase(driver);
    scope = await scopeFor(handle, "monitor");
    const period = scope.period;
    expect(period.closedAt).toBeNull();
    lateScope = await scopeFor(handle, "monitor", new Date(period.graceUntil.getTime() + 2 * HOUR));
    expect(lateScope.period.id).toBe(period.id);

    // Actions with nothing yet for the open period get updates in chosen states.
    const already = new Set(
      (
        await handle.db
          .select({ id: t.progressUpdates.actionId })
          .from(t.progressUpdates)
          .where(eq(t.progressUpdates.periodId, period.id))
      ).map((r) => r.id),
    );
    // An action whose latest published stage is finished is not expected to report: keep those apart.
    const latestStage = new Map<number, string>();
    for (const p of await handle.db
      .select({ actionId: t.progressUpdates.actionId, stage: t.progressUpdates.stage })
      .from(t.progressUpdates)
      .where(eq(t.progressUpdates.state, "published"))
      .orderBy(t.progressUpdates.publishedAt, t.progressUpdates.id))
      latestStage.set(p.actionId, p.stage);
    const isFinished = (id: number) => FINISHED_STAGES.includes(latestStage.get(id) as Stage);
    const actions = await handle.db.select().from(t.actions);
    const quiet = actions.filter((a) => !already.has(a.id));
    const [finishedQuiet, ...otherFinished] = quiet.filter((a) => isFinished(a.id));
    expect(finishedQuiet).toBeDefined();
    placed.finished = finishedQuiet!.code;
    // Unfinished actions first: the states whose meaning depends on it (draft, withdrawn, returned)
    // come first; the last plans count the same for a finished action.
    const free = [...quiet.filter((a) => !isFinished(a.id)), ...otherFinished];
    const before = new Date(period.dueAt.getTime() - 24 * HOUR);
    const plans: [string, { state: UpdateState; submittedAt?: Date; publishedAt?: Date }[]][] = [
      ["draft", [{ state: "draft" }]],
      ["withdrawn", [{ state: "withdrawn", submittedAt: before }]],
      // Returned to its author: back in their hands (the one open update is edited, never a second).
      ["returned", [{ state: "changes_requested", submittedAt: before }]],
      ["submitted", [{ state: "submitted", submittedAt: before }]],
      ["approved", [{ state: "agency_approved", submittedAt: before }]],
      ["published", [{ state: "published", submittedAt: before, publishedAt: new Date(SEEDED_AT.getTime() - HOUR) }]],
      // Scheduled for later: counts as approved until it appears.
      ["scheduled", [{ state: "published", submittedAt: before, publishedAt: new Date(SEEDED_AT.getTime() + HOUR) }]],
      ["submittedLate", [{ state: "submitted", submittedAt: new Date(period.graceUntil.getTime() + HOUR) }]],
    ];
    expect(free.length).toBeGreaterThanOrEqual(plans.length);
    for (const [i, [name, updates]] of plans.entries()) {
      const action = free[i]!;
      placed[name] = action.code;
      for (const u of updates) {
        await handle.db.insert(t.progressUpdates).values({
          actionId: action.id,
          periodId: period.id,
          agencyId: action.leadAgencyId,
          state: u.state,
          stage: "underway",
          confidence: "on_track",
          submittedAt: u.submittedAt ?? null,
          publishedAt: u.publishedAt ?? null,
        });
      }
    }
  }, 180_000);
  afterAll(() => handle?.close());

  /** complianceOf over the very rows the SQL read. */
  async function expected(s: DashboardScope) {
    const rows = await handle.db
      .select({
        code: t.actions.code,
        state: t.progressUpdates.state,
        submittedAt: t.progressUpdates.submittedAt,
        publishedAt: t.progressUpdates.publishedAt,
      })
      .from(t.progressUpdates)
      .innerJoin(t.actions, eq(t.actions.id, t.progressUpdates.actionId))
      .where(eq(t.progressUpdates.periodId, s.period.id));
    const codes = (await handle.db.select({ code: t.actions.code }).from(t.actions)).map((a) => a.code);
    // Whether each action's latest published stage (at s.now) is a finished one.
    const published = await handle.db
      .select({ code: t.actions.code, stage: t.progressUpdates.stage, publishedAt: t.progressUpdates.publishedAt })
      .from(t.progressUpdates)
      .innerJoin(t.actions, eq(t.actions.id, t.progressUpdates.actionId))
      .where(eq(t.progressUpdates.state, "published"))
      .orderBy(t.progressUpdates.publishedAt, t.progressUpdates.id);
    const latestStage = new Map<string, string>();
    for (const p of published) if (p.publishedAt! <= s.now) latestStage.set(p.code, p.stage);
    return new Map(
      codes.map((code) => [
        code,
        complianceOf(
          rows.filter((r) => r.code === code).map((r) => ({ ...r, state: r.state as UpdateState })),
          s.period,
          s.now,
          { finished: FINISHED_STAGES.includes(latestStage.get(code) as Stage) },
        ),
      ]),
    );
  }

  it("puts each action in the state complianceOf gives for the same updates, before and after grace", async () => {
    for (const s of [scope, lateScope]) {
      const board = cells(await complianceBoard(s));
      const want = await expected(s);
      expect(board.size).toBe(want.size);
      for (const [code, c] of want) {
        expect({ code, state: board.get(code)?.state, late: board.get(code)?.submittedLate }).toEqual({
          code,
          state: c.state,
          late: c.submittedLate,
        });
      }
    }
    const now = cells(await complianceBoard(scope));
    expect(now.get(placed.draft!)?.state).toBe("draft");
    expect(now.get(placed.submitted!)?.state).toBe("submitted");
    expect(now.get(placed.approved!)?.state).toBe("approved");
    expect(now.get(placed.published!)?.state).toBe("published");
    expect(now.get(placed.published!)?.publishedAt).toBeInstanceOf(Date);
    expect(now.get(placed.scheduled!)?.state).toBe("approved");
    expect(now.get(placed.scheduled!)?.publishedAt).toBeNull();
    expect(now.get(placed.withdrawn!)?.state).toBe("due");
    expect(now.get(placed.returned!)?.state).toBe("draft");
    const late = cells(await complianceBoard(lateScope));
    expect(late.get(placed.draft!)?.state).toBe("late");
    expect(late.get(placed.withdrawn!)?.state).toBe("late");
    expect(late.get(placed.returned!)?.state).toBe("late");
    expect(late.get(placed.scheduled!)?.state).toBe("published");
    expect(late.get(placed.submittedLate!)).toMatchObject({ state: "submitted", submittedLate: true });
    expect(late.get(placed.submitted!)).toMatchObject({ state: "submitted", submittedLate: false });
    // Finished, with nothing for the period: never due or late.
    expect(now.get(placed.finished!)?.state).toBe("not_expected");
    expect(late.get(placed.finished!)?.state).toBe("not_expected");
  });

  it("counts each action once under its lead agency, and each count drills down to exactly its actions", async () => {
    for (const s of [scope, lateScope]) {
      const board = await complianceBoard(s);
      const leads = new Map(
        (
          await handle.db
            .select({ code: t.actions.code, slug: t.agencies.slug })
            .from(t.actions)
            .innerJoin(t.agencies, eq(t.agencies.id, t.actions.leadAgencyId))
        ).map((r) => [r.code, r.slug]),
      );
      for (const g of board) {
        expect(g.actions.every((a) => leads.get(a.code) === g.slug)).toBe(true);
        for (const state of COMPLIANCE_STATES) {
          const codes = g.actions.filter((a) => a.state === state).map((a) => a.code);
          expect(g.counts[state]).toBe(codes.length);
          const drilled = await drillActions(s, { reporting: state, lead: g.slug });
          expect(drilled.map((a) => a.code)).toEqual(codes);
        }
        const lateCodes = g.actions.filter((a) => a.submittedLate).map((a) => a.code);
        expect(g.submittedLate).toBe(lateCodes.length);
        expect((await drillActions(s, { flag: "submitted-late", lead: g.slug })).map((a) => a.code)).toEqual(lateCodes);
      }
    }
    const lateBoard = await complianceBoard(lateScope);
    expect(lateBoard.reduce((n, g) => n + g.counts.late, 0)).toBeGreaterThan(0);
  });

  it("gives an approver only the actions their agency leads or contributes to", async () => {
    const approverScope = await scopeFor(handle, "ownApprover");
    const board = await complianceBoard(approverScope);
    const tec = approverScope.agencies.find((a) => a.id === approverScope.agencyId)!;
    const [{ id: agencyId }] = [tec];
    const involved = new Set(
      [
        ...(await handle.db.select().from(t.actions).where(eq(t.actions.leadAgencyId, agencyId))),
        ...(await handle.db
          .select({ code: t.actions.code })
          .from(t.actionContributors)
          .innerJoin(t.actions, eq(t.actions.id, t.actionContributors.actionId))
          .where(eq(t.actionContributors.agencyId, agencyId))),
      ].map((a) => a.code),
    );
    const shown = [...cells(board).keys()];
    expect(shown.length).toBe(involved.size);
    expect(new Set(shown)).toEqual(involved);
    // Drilling into another agency's lead still stays inside the approver's slice.
    for (const g of board.filter((g) => g.slug !== tec.slug)) {
      const drilled = await drillActions(approverScope, { lead: g.slug });
      expect(drilled.map((a) => a.code).sort()).toEqual(g.actions.map((a) => a.code).sort());
    }
  });

  it("serves the grid as CSV, row for row", async () => {
    const board = await complianceBoard(scope);
    const csv = await DASHBOARD_CSV.compliance!(scope);
    const flat = board.flatMap((g) => g.actions.map((a) => ({ ...a, lead: g.acronym })));
    expect(csv.rows.length).toBe(flat.length);
    csv.rows.forEach((row, i) => {
      const a = flat[i]!;
      expect(row.slice(0, 6)).toEqual([
        scope.period.label,
        a.lead,
        a.code,
        a.title,
        COMPLIANCE_LABELS[a.state],
        a.submittedLate ? "yes" : "no",
      ]);
    });
  });

  it("reads a closed period from its snapshot, and later edits leave it as it was", async () => {
    const closed = [...scope.periods].reverse().find((p) => p.closedAt)!;
    const closedScope = await scopeFor(handle, "monitor", SEEDED_AT, { period: closed.slug });
    expect(closedScope.period.id).toBe(closed.id);
    const snapshots = await handle.db
      .select({ code: t.actions.code, payload: t.periodSnapshots.payload })
      .from(t.periodSnapshots)
      .innerJoin(t.actions, eq(t.actions.id, t.periodSnapshots.actionId))
      .where(eq(t.periodSnapshots.periodId, closed.id));
    const board = cells(await complianceBoard(closedScope));
    expect(board.size).toBe(snapshots.length);
    for (const { code, payload } of snapshots) {
      const s = payload as ActionSnapshot;
      expect(board.get(code)).toMatchObject({ state: s.reporting.state, submittedLate: s.reporting.submittedLate });
      if (s.update?.periodLabel === closed.label) {
        expect(board.get(code)?.publishedAt?.toISOString()).toBe(new Date(s.update.publishedAt).toISOString());
      }
    }
    const published = [...board.values()].filter((c) => c.state === "published");
    expect(published.length).toBeGreaterThan(0);

    // A later update filed against the closed period changes nothing on its board.
    const target = [...board.values()].find((c) => c.state !== "published")!;
    const action = await actionByCode(handle, target.code);
    await handle.db.insert(t.progressUpdates).values({
      actionId: action.id,
      periodId: closed.id,
      agencyId: action.leadAgencyId,
      state: "published",
      stage: "underway",
      submittedAt: new Date(SEEDED_AT.getTime() - HOUR),
      publishedAt: new Date(SEEDED_AT.getTime() - HOUR),
    });
    const after = cells(await complianceBoard(closedScope));
    expect(after.get(target.code)).toEqual(board.get(target.code));
    const drilled = await drillActions(closedScope, { reporting: target.state, lead: target.lead });
    expect(drilled.map((a) => a.code)).toContain(target.code);
    // Only periods the snapshot covers are read this way.
    const stillOpen = await handle.db
      .select()
      .from(t.reportingPeriods)
      .where(and(eq(t.reportingPeriods.id, scope.period.id), isNotNull(t.reportingPeriods.closedAt)));
    expect(stillOpen).toEqual([]);
  });
});
