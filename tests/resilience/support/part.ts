/**
 * What every resilience part shares: `--short`, one printed line per check, clean-up of whatever
 * the part started (newest first, on success, failure and Ctrl-C), and the exit code. A part's
 * counts go to RESILIENCE_REPORT (a JSON file the runner sums) when set.
 */
import { appendFileSync } from "node:fs";

export const SHORT = process.argv.includes("--short");
const started = Date.now();
const results: { name: string; ok: boolean }[] = [];
const cleanups: (() => unknown)[] = [];

export const message = (error: unknown): string =>
  error instanceof Error ? `${error.message}${error.cause ? ` (${message(error.cause)})` : ""}` : String(error);

export function onCleanUp(step: () => unknown) {
  cleanups.push(step);
}

async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error(`Clean-up step failed: ${message(error)}`);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanUp().then(() => process.exit(130)));
}

export function log(line: string) {
  console.log(`      ${line}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export function record(name: string, ok: boolean, detail?: string) {
  results.push({ name, ok });
  const at = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  console.log(
    `${ok ? "ok  " : "FAIL"}  ${name}  (${at})${detail ? `\n      ${detail.replaceAll("\n", "\n      ")}` : ""}`,
  );
}

/** One named check: passes unless its body throws. */
export async function check(name: string, body: () => Promise<void> | void): Promise<boolean> {
  try {
    await body();
    record(name, true);
    return true;
  } catch (error) {
    record(name, false, message(error));
    return false;
  }
}

export function expect(condition: unknown, problem: string): asserts condition {
  if (!condition) throw new Error(problem);
}

/** Runs the part's body, then cleans up, prints its counts and exits (non-zero on any failure). */
export async function runPart(title: string, body: () => Promise<void>): Promise<never> {
  console.log(`== ${title}${SHORT ? " (short)" : ""}`);
  try {
    await body();
  } catch (error) {
    record(`${title}: ran to the end`, false, message(error));
  } finally {
    await cleanUp();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${title}: ${passed} passed, ${failed} failed`);
  if (process.env.RESILIENCE_REPORT)
    appendFileSync(process.env.RESILIENCE_REPORT, `${JSON.stringify({ title, passed, failed })}\n`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}
