/**
 * Part 4, hostile input: generated requests (fast-check) against every server action of the build,
 * every API route and route handler, their query parameters, the uploads and the forms, as every
 * kind of caller and from every kind of origin. Asserts no 5xx, every refusal a 4xx that says
 * something (or a form error), no database or stack detail in any answer, no stored text that the
 * forms would refuse (control characters, not NFC), and the server's memory flat over the run.
 * 10,000 requests; `--short`: 500.
 */
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { removeDatabase, startDemoApp } from "./support/demo-app";
import { formFieldNames, hostileRequests, serverActions } from "./support/hostile-inputs";
import { problemWith, send, signInPersonas, type Sent } from "./support/hostile-send";
import { check, expect, log, onCleanUp, runPart, SHORT } from "./support/part";
import { storedTextProblems } from "./support/stored-text";

const PORT = Number(process.env.RESILIENCE_HOSTILE_PORT ?? 3441);
const COUNT = Number(process.env.RESILIENCE_HOSTILE_COUNT ?? (SHORT ? 500 : 10_000));
const SEED = Number(process.env.RESILIENCE_HOSTILE_SEED ?? 20261207);
const CONCURRENCY = 4;
const MB = 1024 * 1024;

void runPart("4. Hostile input", async () => {
  const app = await startDemoApp(PORT);
  let stopped = false;
  onCleanUp(() => removeDatabase(app));
  onCleanUp(() => (stopped ? undefined : app.stop()));
  const actions = serverActions();
  const fields = formFieldNames();
  log(`${actions.length} server actions, ${fields.length} field names; ${COUNT} requests, seed ${SEED}`);
  const sessions = await signInPersonas(app.base);
  const requests = fc.sample(hostileRequests(actions.length, fields), { numRuns: COUNT, seed: SEED });

  const problems: string[] = [];
  const statuses = new Map<number, number>();
  const actionsHit = new Set<number>();
  const rss: number[] = [];
  let next = 0;
  let done = 0;
  const started = Date.now();
  async function worker() {
    while (next < requests.length) {
      const request = requests[next++]!;
      if (request.kind === "action") actionsHit.add(request.action);
      let sent: Sent;
      try {
        sent = await send(app.base, sessions, actions, request);
      } catch (error) {
        problems.push(`no answer: ${(error as Error).message}`);
        continue;
      }
      statuses.set(sent.status, (statuses.get(sent.status) ?? 0) + 1);
      const problem = problemWith(sent);
      if (problem) problems.push(`${sent.label}: ${problem}`);
      if (++done % 250 === 0) {
        rss.push(app.rss());
        if (done % 1000 === 0) log(`${done} sent, server ${(rss.at(-1)! / MB).toFixed(0)} MB`);
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (Date.now() - started) / 1000;
  log(
    `${done} answered in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(0)}/s); statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );

  if (process.env.RESILIENCE_HOSTILE_LOG) writeFileSync(process.env.RESILIENCE_HOSTILE_LOG, problems.join("\n"));
  await check(`${COUNT} generated requests: no 5xx, no leak, every refusal says why`, () => {
    expect(
      problems.length === 0,
      `${problems.length} bad answers, the first:\n${[...new Set(problems)].slice(0, 12).join("\n")}`,
    );
  });
  await check("every server action of the build was called", () => {
    const missed = actions.filter((_, i) => !actionsHit.has(i)).map((a) => `${a.name} (${a.file})`);
    expect(missed.length === 0, `never called: ${missed.join(", ")}`);
  });
  await check("the server's memory stays flat over the run", () => {
    // The first quarter loads and compiles what the run touches; after that, growth is a leak.
    const warm = rss[Math.floor(rss.length / 4)] ?? rss[0]!;
    const peakLate = Math.max(...rss.slice(Math.floor(rss.length / 2)));
    log(
      `memory: ${(rss[0]! / MB).toFixed(0)} MB at 250 requests, ${(warm / MB).toFixed(0)} MB warm, ${(peakLate / MB).toFixed(0)} MB peak in the second half, ${(rss.at(-1)! / MB).toFixed(0)} MB at the end`,
    );
    expect(
      peakLate <= warm * 1.3 + 64 * MB,
      `grew from ${(warm / MB).toFixed(0)} MB to ${(peakLate / MB).toFixed(0)} MB`,
    );
  });
  await app.stop();
  stopped = true;
  await check("no stored text the forms would refuse (control characters, not NFC)", async () => {
    const found = await storedTextProblems(app.pgliteDir);
    expect(
      found.length === 0,
      found.map((p) => `${p.table}.${p.column}: ${p.rows} rows, e.g. ${p.example}`).join("\n"),
    );
  });
});
