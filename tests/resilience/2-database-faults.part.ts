/**
 * Part 2, database faults, in the middle of a load: PostgreSQL stopped (immediate stop: every
 * connection drops) for a while, then started again; then the app's connection pool held by slow
 * queries (a lock held on the updates table). Meanwhile `/api/health/ready` says 503, cached
 * public pages are still served, a write fails with a clear message and keeps what was typed;
 * afterwards the same app serves and writes again, and nothing it acknowledged is lost.
 */
import postgres from "postgres";
import { signIn } from "../../scripts/support/app-server";
import { highestUpdateId, verifyAcknowledged, type Target } from "./support/database";
import { findForm, getPage, postForm, withChanges } from "./support/forms";
import { actionId, callAction } from "./support/server-actions";
import { check, expect, log, runPart, SHORT } from "./support/part";
import { startStack, type Stack } from "./support/stack";
import { PASSWORD, persona, runLoad, submitChanges, type Load } from "./support/workload";

const MIX = SHORT
  ? { readers: 4, staff: 2, approvers: 1, monitors: 1 }
  : { readers: 100, staff: 14, approvers: 3, monitors: 3 };
const SECONDS = SHORT ? 8 : 60;
const OUTAGE_SECONDS = SHORT ? 4 : 10;
const CACHED = ["/", "/actions/{code}"];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ready(base: string, timeoutMs = 15_000): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}/api/health/ready`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

/** Waits until the app says ready again; the time it took, or throws. */
async function recovered(base: string, withinMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if ((await ready(base, 5000)).status === 200) return performance.now() - started;
    await sleep(250);
  }
  throw new Error(`/api/health/ready did not say 200 again within ${withinMs / 1000} s`);
}

/** A staff member's update form, opened while the database is up, posted during the fault. */
async function openForm(stack: Stack, target: Target) {
  const jar = await signIn(stack.app.base, persona.staff(target.agency), PASSWORD);
  const page = `/actions/${encodeURIComponent(target.code)}/update`;
  const answer = await getPage(stack.app.base, jar, page);
  const form = findForm(answer.html, "requestKey");
  expect(
    form,
    `no update form on ${page}: ${answer.status} ${answer.location ?? ""}\n${stack.app.output().split("\n").slice(-15).join("\n")}`,
  );
  return { jar, page, form };
}

const SAVE_UPDATE = () => actionId("app/[lang]/(session)/actions/[code]/update/actions.ts", "saveUpdateAction");

/**
 * The write during the fault, as the form's own JavaScript sends it (a page without JavaScript
 * needs the database to draw the form again): no 5xx, no hang. Either it was refused with a
 * message that says the database is unavailable and nothing was saved, and the state carries
 * what was typed back into the form; or (`mayGoThrough`: a fault that only slows the database)
 * it waited and was acknowledged. Returns whether it was acknowledged.
 */
async function writeDuringFault(
  stack: Stack,
  opened: Awaited<ReturnType<typeof openForm>>,
  typed: string,
  mayGoThrough: boolean,
) {
  const fields: Record<string, string> = {};
  for (const f of withChanges(opened.form, { ...submitChanges("rl-fault"), publicNarrative: typed }).entries())
    if (typeof f[1] === "string" && !f[0].startsWith("$ACTION")) fields[f[0]] = f[1];
  const answer = await callAction(
    stack.app.base,
    opened.jar,
    opened.page,
    SAVE_UPDATE(),
    fields,
    { status: "idle", attempt: 0 },
    AbortSignal.timeout(45_000),
  );
  log(`the write answered ${answer.status} after ${answer.ms.toFixed(0)} ms: ${answer.redirect ?? answer.message}`);
  expect(answer.status < 500, `the write answered ${answer.status}`);
  if (answer.redirect?.includes("done=submitted")) {
    expect(mayGoThrough, "the write was acknowledged while the database was away");
    return true;
  }
  expect(
    /database/i.test(answer.message ?? "") && /nothing was saved/i.test(answer.message ?? ""),
    `the message does not say the database is unavailable and nothing was saved: ${answer.message}`,
  );
  expect(answer.body.includes(typed), "what was typed does not come back to the form");
  return false;
}

/** Public pages read before the fault, read again during it: still served. */
async function cachedPagesServed(base: string, codes: string[]) {
  for (const template of CACHED) {
    const path = template.replace("{code}", codes[0]!);
    const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(15_000) });
    await response.arrayBuffer();
    expect(response.status === 200, `${path} answered ${response.status}`);
  }
}

await runPart("2. database faults", async () => {
  const stack = await startStack("dbfaults");
  const since = await highestUpdateId(stack.url);
  const [first, second, ...rest] = stack.targets;
  expect(first && second, "not enough actions to write on");
  const base = stack.app.base;
  for (const template of CACHED)
    await getPage(
      base,
      new (await import("../../scripts/support/app-server")).CookieJar(),
      template.replace("{code}", stack.codes[0]!),
    );

  let started: Load | undefined;
  const running = runLoad(base, rest, MIX, SECONDS, stack.codes, (l) => (started = l));
  while (!started) await sleep(100);
  const load: Load = started;
  await sleep(SHORT ? 1500 : 15_000);

  // --- PostgreSQL stopped ---
  const opened = await openForm(stack, first);
  const outageStart = performance.now() - load.recorder.started;
  stack.cluster.pause();
  log(`PostgreSQL stopped for ${OUTAGE_SECONDS} s`);
  const down = performance.now();
  await check("while PostgreSQL is down, /api/health/ready answers 503 promptly", async () => {
    const r = await ready(base);
    expect(r.status === 503, `answered ${r.status} after ${r.ms.toFixed(0)} ms`);
  });
  await check("while PostgreSQL is down, cached public pages are still served", () =>
    cachedPagesServed(base, stack.codes),
  );
  // The narrative carries a token, so a write that went through is found afterwards.
  const typed = `Typed while the database was away (rl-down-${Date.now()})`;
  await check("while PostgreSQL is down, a write fails with a clear message and keeps what was typed", async () => {
    await writeDuringFault(stack, opened, typed, false);
  });
  await sleep(Math.max(0, OUTAGE_SECONDS * 1000 - (performance.now() - down)));
  stack.cluster.resume();
  const outageEnd = performance.now() - load.recorder.started;
  log("PostgreSQL started again");
  await check("after PostgreSQL is back, the same app process is ready again without a restart", async () => {
    const ms = await recovered(base, 30_000);
    log(`ready again ${ms.toFixed(0)} ms after the start`);
  });
  await check("after PostgreSQL is back, the write goes through", async () => {
    const again = await openForm(stack, first);
    const posted = await postForm(
      base,
      again.jar,
      again.page,
      withChanges(again.form, submitChanges("rl-after-outage")),
    );
    expect(posted.status === 303, `answered ${posted.status}`);
  });

  // --- the pool held by slow queries ---
  const locker = postgres(stack.url, { max: 1, onnotice: () => undefined });
  const opened2 = await openForm(stack, second);
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const holding = locker.begin(async (tx) => {
    await tx`lock table progress_updates in access exclusive mode`;
    await held;
  });
  const lockStart = performance.now() - load.recorder.started;
  log(`updates table locked for ${OUTAGE_SECONDS} s; staff pages that read it fill the pool`);
  const locked = performance.now();
  const monitor = await signIn(base, persona.monitor, PASSWORD);
  const stuck = Array.from({ length: 14 }, () => getPage(base, monitor, "/review").catch(() => null));
  const watcher = postgres(stack.url, { max: 1, onnotice: () => undefined });
  for (let i = 0; i < 120; i++) {
    const [row] = await watcher<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`;
    if (row!.n >= 10) break;
    await sleep(250);
  }
  await watcher.end({ timeout: 5 });
  log("every connection of the app's pool waits on the lock");
  const poolToken = `rl-pool-${Date.now()}`;
  const write = writeDuringFault(stack, opened2, `Typed while the pool was stuck (${poolToken})`, true).then(
    (acknowledged) => ({ acknowledged, error: null as unknown }),
    (error: unknown) => ({ acknowledged: false, error }),
  );
  await check("with the pool exhausted, /api/health/ready answers 503 promptly", async () => {
    const r = await ready(base);
    expect(r.status === 503 && r.ms < 10_000, `answered ${r.status} after ${r.ms.toFixed(0)} ms`);
  });
  await check("with the pool exhausted, cached public pages are still served", () =>
    cachedPagesServed(base, stack.codes),
  );
  await sleep(Math.max(0, OUTAGE_SECONDS * 1000 - (performance.now() - locked)));
  release();
  await holding;
  await check(
    "with the pool exhausted, a write waits and goes through, or fails with a clear message keeping what was typed",
    async () => {
      const outcome = await write;
      if (outcome.error) throw outcome.error;
      if (outcome.acknowledged)
        load.acks.push({ kind: "submitted", token: poolToken, code: second.code, agency: second.agency });
    },
  );
  await check("with the pool exhausted, the staff pages that waited are all answered: none hangs", async () => {
    const answers = await Promise.all(stuck);
    const statuses = answers.map((a) => a?.status ?? 0);
    // A page whose query waited past the lock time limit shows the error page; it does not hang.
    log(`the ${answers.length} staff pages that waited answered ${statuses.join(", ")}`);
    expect(
      statuses.every((s) => s === 200 || s === 500),
      `answers: ${statuses.join(", ")}`,
    );
  });
  await locker.end({ timeout: 5 });
  const lockEnd = performance.now() - load.recorder.started;
  await check("after the slow queries end, the app is ready again without a restart", async () => {
    await recovered(base, 30_000);
  });

  const result = await running;
  const acks = result.acks;
  log(
    `load: ${result.recorder.count(() => true)} answers, ${acks.length} acknowledged steps, ${result.refusals.length} refusals`,
  );
  await check("outside the faults (and 5 s after each), no 5xx and no request left unanswered", () => {
    const inFault = (at: number) =>
      (at >= outageStart && at <= outageEnd + 5000) || (at >= lockStart && at <= lockEnd + 5000);
    const bad = result.recorder.events.filter((e) => (e.status >= 500 || e.status === 0) && !inFault(e.at));
    expect(
      bad.length === 0,
      bad
        .slice(0, 10)
        .map((e) => `${e.route} ${e.status} at ${(e.at / 1000).toFixed(1)} s ${e.detail}`)
        .join("\n"),
    );
  });
  await check(
    "nothing acknowledged is lost: every acknowledged step is stored exactly once, in a possible state",
    async () => {
      const verdict = await verifyAcknowledged(stack.url, acks, since);
      expect(verdict.problems.length === 0, verdict.problems.slice(0, 10).join("\n"));
    },
  );
});
