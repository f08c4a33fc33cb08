/** A burst of concurrent anonymous GETs on one path with autocannon: what a crowd of readers gets. */
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { SCRIPT_CLIENT_ADDRESS } from "../support/app-server";

export type BurstResult = {
  /** What the path is (home, action page, static asset). */
  label: string;
  path: string;
  /** Completed answers per second over the whole burst. */
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Answers completed within the burst (a request still running when it ends is not counted). */
  requests: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
};

export async function burst(
  base: string,
  label: string,
  path: string,
  seconds: number,
  connections: number,
): Promise<BurstResult> {
  const result = await autocannon({
    url: `${base}${path}`,
    connections,
    duration: seconds,
    headers: { "x-forwarded-for": SCRIPT_CLIENT_ADDRESS },
  });
  return {
    label,
    path,
    requestsPerSecond: result.requests.total / Math.max(result.duration, 0.001),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Waits until the server is idle again. autocannon drops its connections when a burst ends, but the
 * server goes on rendering what it had accepted, which would slow the next burst down: this polls
 * `path` (a cheap static file) until three answers in a row take under `thresholdMs`, for at most
 * `maxMs`. Returns how long it waited.
 */
export async function settle(base: string, path: string, thresholdMs: number, maxMs = 60_000): Promise<number> {
  const started = performance.now();
  let quick = 0;
  while (quick < 3 && performance.now() - started < maxMs) {
    const sent = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { "x-forwarded-for": SCRIPT_CLIENT_ADDRESS } });
    await response.arrayBuffer();
    quick = performance.now() - sent < thresholdMs ? quick + 1 : 0;
    if (quick < 3) await new Promise((r) => setTimeout(r, 100));
  }
  return performance.now() - started;
}
