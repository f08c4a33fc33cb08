/**
 * The bench's write figures, on the largest size's database and app: update submissions per second
 * with concurrent staff writers (each opens the update form and submits it, as a browser without
 * JavaScript does), the submit's p50/p99 and how many acknowledged submissions are missing from the
 * database afterwards (must be 0); then the resilience suite's load (readers on public pages, the
 * API, feeds and search beside staff, approvers and monitors writing) with each route's req/s and
 * p99. The workload is the suite's own (tests/resilience/support/workload.ts).
 */
import { highestUpdateId, verifyAcknowledged, writableActions } from "../../tests/resilience/support/database";
import { percentile, runLoad, type Mix } from "../../tests/resilience/support/workload";

export type WriteSettings = { writers: number; writeSeconds: number; readers: number; loadSeconds: number };

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : "–");

/** The figures as text lines; a missed target is said, not failed. */
export async function benchWrites(base: string, url: string, settings: WriteSettings): Promise<string[]> {
  const lines: string[] = [];
  const targets = await writableActions(url);
  const codes = targets.map((t) => t.code);

  if (settings.writeSeconds > 0) {
    const since = await highestUpdateId(url);
    const mix: Mix = { readers: 0, staff: settings.writers, approvers: 0, monitors: 0 };
    const run = await runLoad(base, targets, mix, settings.writeSeconds, codes);
    const verdict = await verifyAcknowledged(url, run.acks, since);
    const submits = run.recorder.routes.get("POST update (submit)")?.ms ?? [];
    const forms = run.recorder.routes.get("GET update form")?.ms ?? [];
    const perSecond = run.acks.length / run.seconds;
    const p99 = percentile(submits, 99);
    const errors = run.recorder.count((s) => s >= 500 || s === 0);
    lines.push(
      `Update submissions, ${settings.writers} concurrent staff writers for ${run.seconds.toFixed(1)} s (each: open the form, submit it):`,
      `  acknowledged ${run.acks.length} (${perSecond.toFixed(1)}/s), refused ${run.refusals.length}, 5xx or no answer ${errors}`,
      `  submit POST p50 ${ms(percentile(submits, 50))} ms, p99 ${ms(p99)} ms; form GET p50 ${ms(percentile(forms, 50))} ms, p99 ${ms(percentile(forms, 99))} ms`,
      `  lost (acknowledged but not stored exactly once with evidence and audit events): ${verdict.problems.length}`,
      `  targets: ≥ 300 submissions/s ${perSecond >= 300 ? "met" : "not met"}; p99 < 200 ms ${p99 < 200 ? "met" : "not met"}; 0 lost ${verdict.problems.length === 0 ? "met" : "NOT MET"}`,
    );
    for (const p of verdict.problems.slice(0, 5)) lines.push(`    ${p}`);
    for (const r of run.refusals.slice(0, 5)) lines.push(`    refused: ${r}`);
  }

  if (settings.loadSeconds > 0) {
    const rest = await writableActions(url);
    const since = await highestUpdateId(url);
    const mix: Mix = { readers: settings.readers, staff: Math.max(1, settings.writers - 6), approvers: 3, monitors: 3 };
    const run = await runLoad(
      base,
      rest,
      mix,
      settings.loadSeconds,
      rest.map((t) => t.code),
    );
    const verdict = await verifyAcknowledged(url, run.acks, since);
    const seconds = run.seconds;
    lines.push(
      "",
      `Load: ${mix.readers} readers and ${mix.staff + mix.approvers + mix.monitors} writers (${mix.staff} staff, ${mix.approvers} approvers, ` +
        `${mix.monitors} monitors) for ${seconds.toFixed(1)} s; ${run.acks.length} steps acknowledged, ${verdict.problems.length} lost:`,
    );
    const rows = [...run.recorder.routes].sort(([a], [b]) => a.localeCompare(b));
    const width = Math.max(5, ...rows.map(([r]) => r.length));
    lines.push(`  ${"route".padEnd(width)}  answers   req/s  p50 ms  p99 ms  5xx/none`);
    for (const [route, r] of rows) {
      let bad = 0;
      for (const [s, n] of r.statuses) if (s >= 500 || s === 0) bad += n;
      lines.push(
        `  ${route.padEnd(width)}  ${String(r.count).padStart(7)}  ${(r.count / seconds).toFixed(1).padStart(6)}  ` +
          `${ms(percentile(r.ms, 50)).padStart(6)}  ${ms(percentile(r.ms, 99)).padStart(6)}  ${String(bad).padStart(8)}`,
      );
    }
  }
  return lines;
}
