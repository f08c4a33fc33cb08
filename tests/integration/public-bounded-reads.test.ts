import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { GET as getAction } from "@/app/api/v1/actions/[code]/route";
import { GET as getUpdates } from "@/app/api/v1/updates/route";
import { setDatabaseHandle } from "@/lib/dal/db";
import { loadPublicPlan } from "@/lib/dal/public-plan";
import { loadHistoryDigests } from "@/lib/dal/public-plan-history";
import { listPublicUpdates, loadActionHistory } from "@/lib/dal/public-updates";
import { HISTORY_PAGE_SIZE } from "@/lib/public/history-page";
import { finishedOn } from "@/lib/public/finished-on";
import type { PublicPlan, PublicUpdate, StatusAt } from "@/lib/public/types";
import { deriveSystemState } from "@/lib/status/derive-system-state";
import { DRIVERS, SEEDED_AT, seededDatabase } from "../support/databases";
import { callJson } from "./api/support";

type Period = typeof t.reportingPeriods.$inferSelect;
type UpdateList = { total: number; count: number; updates: PublicUpdate[]; next: string | null };
type ActionBody = { action: { updates: PublicUpdate[]; updatesTotal: number; moreUpdates: string | null } };

/** Every published update of one action, newest first, read in full: the reference the plan is checked against. */
const historyOf = (code: string) => listPublicUpdates({ actionCode: code }, 100_000);

/** The status rule as the pages state it: the newest update of a period up to the given one. */
function statusAtReference(history: PublicUpdate[], periods: Period[], label: string | null): StatusAt {
  if (!label) return null;
  const startsOn = new Map(periods.map((p) => [p.label, p.startsOn]));
  const limit = startsOn.get(label)!;
  const u = history.find((x) => x.period !== null && startsOn.get(x.period)! <= limit);
  return u ? { stage: u.stage, confidence: u.confidence } : null;
}

/** The plan's per-action values equal the rules applied to the whole history, for every action. */
async function expectPlanMatchesHistory(plan: PublicPlan, periods: Period[]) {
  const idOf = new Map(periods.map((p) => [p.label, p.id]));
  const latestClosed = periods.find((p) => p.label === plan.latestClosedPeriod);
  for (const action of plan.actions) {
    const history = await historyOf(action.code);
    expect(action.latestUpdate, action.code).toEqual(history[0] ?? null);
    expect(action.finishedOn, action.code).toBe(finishedOn(history));
    expect(action.status.systemState, action.code).toBe(
      deriveSystemState({
        updates: history.map((u) => ({
          periodId: u.period === null ? null : idOf.get(u.period)!,
          publishedAt: u.publishedAt,
          stage: u.stage,
        })),
        periods,
        latestClosedPeriodId: latestClosed?.id ?? null,
      }),
    );
    expect(action.closedStatus, action.code).toEqual({
      latest: statusAtReference(history, periods, plan.latestClosedPeriod),
      previous: statusAtReference(history, periods, plan.previousClosedPeriod),
    });
  }
}

describe.each(DRIVERS)("public reads bounded by the plan, not the history, on %s", (driver) => {
  let handle: DbHandle;
  let periods: Period[];
  const EXTRA = 50;

  beforeAll(async () => {
    handle = await seededDatabase(driver);
    setDatabaseHandle(handle);
    periods = await handle.db.select().from(t.reportingPeriods);
  });
  afterAll(async () => handle?.close());

  it("derives each action's values in the database exactly as the rules do from its whole history", async () => {
    const plan = (await loadPublicPlan(SEEDED_AT))!;
    expect(plan.actions.some((a) => a.finishedOn !== null)).toBe(true);
    expect(plan.actions.some((a) => a.status.systemState === "stale")).toBe(true);
    await expectPlanMatchesHistory(plan, periods);
  });

  it("keeps one latest update per action however long a history grows, and pages the history from the database", async () => {
    const [action] = await handle.db.select().from(t.actions).where(eq(t.actions.code, "1.1"));
    const before = (await historyOf("1.1")).length;
    const newest = [...periods].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0]!;
    // A long run underway, then finished: the finish date is the first of the complete ones.
    await handle.db.insert(t.progressUpdates).values(
      Array.from({ length: EXTRA }, (_, i) => ({
        actionId: action!.id,
        agencyId: action!.leadAgencyId,
        periodId: i % 10 === 3 ? null : newest.id,
        state: "published",
        stage: i < EXTRA - 5 ? "underway" : "complete",
        confidence: i < EXTRA - 5 ? ("on_track" as const) : null,
        publicNarrative: `Extra update ${i + 1}`,
        publishedAt: new Date(SEEDED_AT.getTime() + (i + 1) * 60_000),
      })),
    );

    const plan = (await loadPublicPlan())!;
    const a = plan.actions.find((x) => x.code === "1.1")!;
    expect(a.latestUpdate!.narrative).toBe(`Extra update ${EXTRA}`);
    expect(a.status.stage).toBe("complete");
    expect(a.finishedOn).not.toBeNull();
    await expectPlanMatchesHistory(plan, periods);

    // The plan's history query returns one row per action, not one per update.
    const digests = await loadHistoryDigests(handle.db, (await handle.db.select().from(t.plans))[0]!.id, null, null);
    expect(digests).toHaveLength(plan.actions.length);

    const total = before + EXTRA;
    const first = await loadActionHistory("1.1", undefined);
    expect(first).toMatchObject({ total, page: 1 });
    expect(first.updates).toHaveLength(HISTORY_PAGE_SIZE);
    expect(first.updates[0]!.narrative).toBe(`Extra update ${EXTRA}`);
    const second = await loadActionHistory("1.1", "2");
    expect(second.page).toBe(2);
    expect(second.updates[0]!.narrative).toBe(`Extra update ${EXTRA - HISTORY_PAGE_SIZE}`);
    const last = await loadActionHistory("1.1", "999");
    expect(last.page).toBe(Math.ceil(total / HISTORY_PAGE_SIZE));
    expect(last.updates).toHaveLength(total - (last.page - 1) * HISTORY_PAGE_SIZE);

    // The API's action carries the newest 20 and the address of the rest, which pages to the oldest.
    const { body } = await callJson<ActionBody, { code: string }>(getAction, "/api/v1/actions/1.1", {
      params: { code: "1.1" },
    });
    expect(body.action.updates).toHaveLength(20);
    expect(body.action.updatesTotal).toBe(total);
    const rest: PublicUpdate[] = [];
    for (let next = body.action.moreUpdates; next;) {
      const page = await callJson<UpdateList>(getUpdates, new URL(next).pathname + new URL(next).search);
      expect(page.body.total).toBe(total);
      rest.push(...page.body.updates);
      next = page.body.next;
    }
    const all = await historyOf("1.1");
    expect([...body.action.updates, ...rest].map((u) => u.id)).toEqual(all.map((u) => u.id));
  });

  it("pages /api/v1/updates with a cursor: each update once, newest first, unmoved by a publication in between", async () => {
    const expected = await listPublicUpdates({}, 100_000);
    const seen: PublicUpdate[] = [];
    let path: string | null = "/api/v1/updates?limit=25";
    for (let pages = 0; path && pages < 100; pages++) {
      const { status, body }: { status: number; body: UpdateList } = await callJson<UpdateList>(getUpdates, path);
      expect(status).toBe(200);
      expect(body.count).toBeLessThanOrEqual(25);
      seen.push(...body.updates);
      if (pages === 0) {
        const [action] = await handle.db.select().from(t.actions).where(eq(t.actions.code, "2.1"));
        await handle.db.insert(t.progressUpdates).values({
          actionId: action!.id,
          agencyId: action!.leadAgencyId,
          state: "published",
          stage: "underway",
          publicNarrative: "Published while a reader was paging",
          publishedAt: new Date(Date.now() - 1000),
        });
      }
      path = body.next ? new URL(body.next).pathname + new URL(body.next).search : null;
    }
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.map((u) => u.id)).toEqual(expected.map((u) => u.id));
    expect(new Set(seen.map((u) => u.id)).size).toBe(seen.length);
    const times = seen.map((u) => u.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
    const fresh = await callJson<UpdateList>(getUpdates, "/api/v1/updates?limit=1");
    expect(fresh.body.updates[0]!.narrative).toBe("Published while a reader was paging");
    expect(fresh.body.total).toBe(expected.length + 1);
  });
});
