/**
 * Part 1, load: readers on public pages, the API, feeds and search, and writers (staff submitting
 * updates, approvers approving, monitors publishing) at once against the built app on PostgreSQL
 * filled by the history filler. No 5xx; every acknowledged step is in the database exactly once
 * with its evidence and audit events; no update in an impossible state.
 */
import { highestUpdateId, verifyAcknowledged } from "./support/database";
import { check, expect, log, runPart, SHORT } from "./support/part";
import { startStack } from "./support/stack";
import { percentile, runLoad } from "./support/workload";

const MIX = SHORT
  ? { readers: 6, staff: 3, approvers: 1, monitors: 1 }
  : { readers: 100, staff: 14, approvers: 3, monitors: 3 };
const SECONDS = SHORT ? 5 : 60;

await runPart("1. load", async () => {
  const stack = await startStack("load");
  const since = await highestUpdateId(stack.url);
  const load = await runLoad(stack.app.base, stack.targets, MIX, SECONDS, stack.codes);
  const total = load.recorder.count(() => true);
  const submitted = load.acks.filter((a) => a.kind === "submitted").length;
  const approved = load.acks.filter((a) => a.kind === "approved").length;
  const published = load.acks.filter((a) => a.kind === "published").length;
  log(
    `${MIX.readers} readers and ${MIX.staff + MIX.approvers + MIX.monitors} writers for ${load.seconds.toFixed(1)} s: ` +
      `${total} answers (${(total / load.seconds).toFixed(0)}/s); acknowledged ${submitted} submissions, ${approved} approvals, ` +
      `${published} publications; ${load.refusals.length} refusals`,
  );
  for (const [route, r] of [...load.recorder.routes].sort()) {
    log(
      `  ${route}: ${r.count}, p50 ${percentile(r.ms, 50).toFixed(0)} ms, p99 ${percentile(r.ms, 99).toFixed(0)} ms, statuses ${[...r.statuses].map(([s, n]) => `${s}×${n}`).join(" ")}`,
    );
  }

  await check("no 5xx and no request left unanswered under load", () => {
    const bad = load.recorder.count((s) => s >= 500 || s === 0);
    expect(
      bad === 0,
      `${bad} answers were 5xx or none:\n${load.recorder.serverErrors.join("\n")}\n${stack.app.output().slice(-2000)}`,
    );
  });
  await check("writers got through: submissions, approvals and publications acknowledged", () => {
    expect(
      submitted > 0 && approved > 0 && published > 0,
      `only ${submitted}/${approved}/${published}; refusals: ${load.refusals.slice(0, 5).join("; ")}`,
    );
  });
  await check(
    "every acknowledged step is stored exactly once with its evidence and audit event, in a possible state",
    async () => {
      const verdict = await verifyAcknowledged(stack.url, load.acks, since);
      expect(verdict.problems.length === 0, verdict.problems.slice(0, 10).join("\n"));
    },
  );
});
