import { and, asc, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { setDatabaseHandle } from "@/lib/dal/db";
import { claimDueJobs } from "@/lib/jobs/claim";
import { enqueueJobs } from "@/lib/jobs/enqueue";
import { closePeriodJob } from "@/lib/jobs/kinds";
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from "@/lib/jobs/retry";
import { runClaimedJob } from "@/lib/jobs/run-claimed";
import { runDueJobs } from "@/lib/jobs/run-due";
import { DRIVERS, SEEDED_AT, seededDatabase } from "../../support/databases";
import { jobRow, testKind } from "./support";

const NOW = SEEDED_AT;
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe.each(DRIVERS)("the job runner on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await seededDatabase(driver);
    setDatabaseHandle(handle);
  });
  afterAll(async () => handle?.close());

  it("closes a due period exactly once when two runners race for it", async () => {
    const [open] = await handle.db
      .select()
      .from(t.reportingPeriods)
      .where(isNull(t.reportingPeriods.closedAt))
      .orderBy(asc(t.reportingPeriods.startsOn))
      .limit(1);
    const now = open!.closesAt;
    const runs = await Promise.all([
      runDueJobs({ now, db: handle.db, kinds: [closePeriodJob] }),
      runDueJobs({ now, db: handle.db, kinds: [closePeriodJob] }),
    ]);
    expect(runs[0]!.changed + runs[1]!.changed).toBe(1);
    expect(runs.every((r) => r.retry === 0 && r.failed === 0)).toBe(true);
    const [row] = await handle.db.select().from(t.reportingPeriods).where(eq(t.reportingPeriods.id, open!.id));
    expect(row!.closedAt).toEqual(open!.closesAt);
    const events = await handle.db
      .select()
      .from(t.auditEvents)
      .where(and(eq(t.auditEvents.entity, "reporting_period"), eq(t.auditEvents.entityId, String(open!.id))));
    expect(events.filter((e) => e.event === "period.closed")).toHaveLength(1);
    const job = await jobRow(handle.db, "close-period", `${open!.id}@${open!.closesAt.toISOString()}`);
    expect(job).toMatchObject({ state: "done", attempts: 1, lockedUntil: null });
    // Nothing is left: the next runs find it done.
    expect(await runDueJobs({ now, db: handle.db, kinds: [closePeriodJob] })).toMatchObject({ changed: 0, done: 0 });
  });

  it("gives a due job to only one of many runners claiming at once", async () => {
    const kind = testKind("race");
    await enqueueJobs(handle.db, kind.kind, [{ key: "one", runAfter: NOW }]);
    const claims = await Promise.all(Array.from({ length: 4 }, () => claimDueJobs(handle.db, [kind.kind], NOW)));
    expect(claims.flat()).toHaveLength(1);
    const [claimed] = claims.flat();
    expect(await runClaimedJob(handle.db, claimed!, kind, NOW)).toBe("changed");
    expect(await runDueJobs({ now: at(LEASE_MS * 2), db: handle.db, kinds: [kind] })).toMatchObject({ changed: 0 });
    expect(kind.runs).toBe(1);
  });

  it.runIf(driver === "postgres")("skips a job another runner holds locked, without waiting for it", async () => {
    const kind = testKind("held");
    await enqueueJobs(handle.db, kind.kind, [{ key: "one", runAfter: NOW }]);
    const { id } = await jobRow(handle.db, kind.kind, "one");
    let release!: () => void;
    let locked!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = handle.db.transaction(async (tx) => {
      await tx.select().from(t.jobs).where(eq(t.jobs.id, id)).for("update");
      locked();
      await held;
    });
    await isLocked;
    expect(await claimDueJobs(handle.db, [kind.kind], NOW)).toEqual([]);
    release();
    await holder;
    expect(await claimDueJobs(handle.db, [kind.kind], NOW)).toHaveLength(1);
  });

  it("records a failure, retries after a wait, and then succeeds", async () => {
    const kind = testKind("flaky", 1);
    await enqueueJobs(handle.db, kind.kind, [{ key: "a", runAfter: NOW }]);
    expect(await runDueJobs({ now: NOW, db: handle.db, kinds: [kind] })).toMatchObject({ retry: 1, changed: 0 });
    expect(await jobRow(handle.db, kind.kind, "a")).toMatchObject({
      state: "queued",
      attempts: 1,
      lastError: "flaky broke",
      runAfter: at(retryDelayMs(1)),
      lockedUntil: null,
    });
    // Not before its wait is over…
    expect(await runDueJobs({ now: at(retryDelayMs(1) - 1), db: handle.db, kinds: [kind] })).toMatchObject({
      retry: 0,
      changed: 0,
    });
    // …and then it succeeds, with both attempts counted.
    expect(await runDueJobs({ now: at(retryDelayMs(1)), db: handle.db, kinds: [kind] })).toMatchObject({ changed: 1 });
    expect(await jobRow(handle.db, kind.kind, "a")).toMatchObject({ state: "done", attempts: 2 });
    expect(kind.runs).toBe(2);
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts`, async () => {
    const kind = testKind("broken", Infinity);
    await enqueueJobs(handle.db, kind.kind, [{ key: "a", runAfter: NOW }]);
    let now = NOW;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const summary = await runDueJobs({ now, db: handle.db, kinds: [kind] });
      expect(summary).toMatchObject(attempt < MAX_ATTEMPTS ? { retry: 1 } : { failed: 1 });
      now = new Date(now.getTime() + retryDelayMs(attempt));
    }
    expect(await jobRow(handle.db, kind.kind, "a")).toMatchObject({ state: "failed", attempts: MAX_ATTEMPTS });
    await runDueJobs({ now: at(365 * 86_400_000), db: handle.db, kinds: [kind] });
    expect(kind.runs).toBe(MAX_ATTEMPTS);
  });

  it("claims again a job whose runner died, once its claim has lapsed, and only then", async () => {
    const kind = testKind("orphan");
    await enqueueJobs(handle.db, kind.kind, [{ key: "a", runAfter: NOW }]);
    // A runner claims it and dies before running it.
    const [dead] = await claimDueJobs(handle.db, [kind.kind], NOW);
    expect(dead).toMatchObject({ attempts: 1 });
    expect(await runDueJobs({ now: at(LEASE_MS - 1), db: handle.db, kinds: [kind] })).toMatchObject({ changed: 0 });
    expect(kind.runs).toBe(0);
    expect(await runDueJobs({ now: at(LEASE_MS + 1), db: handle.db, kinds: [kind] })).toMatchObject({ changed: 1 });
    expect(await jobRow(handle.db, kind.kind, "a")).toMatchObject({ state: "done", attempts: 2 });
    // Had the first runner only been slow, it finds the job taken over and does nothing.
    expect(await runClaimedJob(handle.db, dead!, kind, at(LEASE_MS + 2))).toBe("lost");
    expect(kind.runs).toBe(1);
  });
});
