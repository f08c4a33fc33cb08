/**
 * Part 3, process faults: the server killed with SIGKILL in the middle of a burst of submissions
 * while a job (closing a reporting period: one snapshot per action, in one transaction) is half
 * done. After a restart on the same database: no partial rows (an update without its evidence or
 * audit event, a period with some of its snapshots), every acknowledged submission there exactly
 * once, and the job that was running is retried once its claim lapses and done exactly once.
 */
import postgres from "postgres";
import { highestUpdateId, verifyAcknowledged } from "./support/database";
import { check, expect, log, onCleanUp, runPart, SHORT } from "./support/part";
import { startStack } from "./support/stack";
import { runLoad, type Load } from "./support/workload";

const MIX = SHORT
  ? { readers: 2, staff: 4, approvers: 0, monitors: 0 }
  : { readers: 20, staff: 20, approvers: 0, monitors: 0 };
const PERIOD = "2019 Q1 (resilience)";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

await runPart("3. process faults", async () => {
  let sql!: postgres.Sql;
  let release!: () => void;
  let holding!: Promise<unknown>;
  // A period long past that nobody closed: the app's job loop closes it as soon as it starts. The
  // snapshots table is locked first, so the job is caught half way (claimed, period row locked).
  const stack = await startStack("procfaults", async (url) => {
    sql = postgres(url, { max: 2, onnotice: () => undefined });
    onCleanUp(() => sql.end({ timeout: 5 }));
    await sql`insert into reporting_periods (label, starts_on, ends_on, opens_at, due_at, grace_until, closes_at)
      values (${PERIOD}, '2019-01-01', '2019-03-31', '2019-03-20', '2019-04-15', '2019-04-20', '2019-04-30')`;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const lockTaken = new Promise<void>((r) => (locked = r));
    holding = sql.begin(async (tx) => {
      await tx`lock table period_snapshots in share mode`;
      locked();
      await held;
    });
    await lockTaken;
  });
  const [period] = await sql<{ id: number }[]>`select id from reporting_periods where label = ${PERIOD}`;
  const actions = (await sql<{ n: number }[]>`select count(*)::int as n from actions`)[0]!.n;
  const since = await highestUpdateId(stack.url);

  await check("the period-closing job is running, held half way", async () => {
    for (let i = 0; i < 80; i++) {
      const [job] = await sql<
        { state: string }[]
      >`select state from jobs where kind = 'close-period' and key like ${`${period!.id}@%`}`;
      if (job?.state === "running") return;
      await sleep(250);
    }
    throw new Error("the job was not claimed within 20 s");
  });

  let started: Load | undefined;
  const burst = runLoad(stack.app.base, stack.targets, MIX, 120, stack.codes, (l) => (started = l));
  while (!started) await sleep(50);
  const load: Load = started;
  const want = SHORT ? 3 : 20;
  for (let i = 0; i < 600 && load.acks.length < want; i++) await sleep(100);
  await stack.app.kill();
  load.stop();
  log(`SIGKILL with ${load.acks.length} submissions acknowledged and the job half done`);
  release();
  await holding;
  const result = await burst.catch(() => load);
  log(`${result.recorder.count((s) => s === 0)} requests were cut off by the kill`);

  await check("no partial period: the job's transaction left no snapshots and the period open", async () => {
    const [row] = await sql<{ closed: boolean; n: number }[]>`
      select closed_at is not null as closed, (select count(*)::int from period_snapshots where period_id = ${period!.id}) as n
      from reporting_periods where id = ${period!.id}`;
    expect(!row!.closed && row!.n === 0, `closed ${row!.closed}, ${row!.n} snapshots`);
  });
  // The job's claim would lapse after its lease (minutes); move it into the past instead of waiting.
  await sql`update jobs set locked_until = now() - interval '1 second' where kind = 'close-period' and state = 'running'`;
  await stack.restart();
  log("restarted on the same database");

  await check("after the restart, the job that was running is retried and done exactly once", async () => {
    for (let i = 0; i < 120; i++) {
      const [job] = await sql<
        { state: string; attempts: number }[]
      >`select state, attempts from jobs where kind = 'close-period' and key like ${`${period!.id}@%`}`;
      if (job?.state === "done") {
        const [row] = await sql<
          { n: number }[]
        >`select count(*)::int as n from period_snapshots where period_id = ${period!.id}`;
        expect(job.attempts === 2, `${job.attempts} attempts, not 2`);
        expect(row!.n === actions, `${row!.n} snapshots for ${actions} actions`);
        return;
      }
      await sleep(250);
    }
    throw new Error("the job was not done within 30 s of the restart");
  });
  await check(
    "no partial update: every acknowledged submission stored once with its evidence and audit events; every update complete",
    async () => {
      const verdict = await verifyAcknowledged(stack.url, result.acks, since);
      expect(verdict.problems.length === 0, verdict.problems.slice(0, 10).join("\n"));
    },
  );
  await check("after the restart, the app serves and takes submissions again", async () => {
    const done = new Set(result.acks.map((a) => a.code));
    const next = [...stack.targets]
      .reverse()
      .find((t) => !done.has(t.code) && !load.refusals.some((r) => r.startsWith(`${t.code}:`)));
    expect(next, "no action left to write on");
    const after = await runLoad(
      stack.app.base,
      [next],
      { readers: 1, staff: 1, approvers: 0, monitors: 0 },
      1,
      stack.codes,
    );
    const bad = after.recorder.count((s) => s >= 500 || s === 0);
    expect(
      after.acks.length === 1 && bad === 0,
      `${after.acks.length} acknowledged, ${bad} 5xx; ${after.refusals.join("; ")}`,
    );
    const verdict = await verifyAcknowledged(stack.url, [...result.acks, ...after.acks], since);
    expect(verdict.problems.length === 0, verdict.problems.slice(0, 10).join("\n"));
  });
});
