/** Timing full-document GETs against a running Mahere, over plain HTTP. */
import { performance } from "node:perf_hooks";
import { headersWith, type CookieJar } from "../support/app-server";

export type Timing = { path: string; status: number; bytes: number; ms: number[] };

/** One GET that reads the whole (streamed) body; the time runs until the last byte. */
export async function timedGet(base: string, path: string, jar: CookieJar) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: headersWith(jar), redirect: "manual" });
  const body = await response.arrayBuffer();
  return { status: response.status, bytes: body.byteLength, ms: performance.now() - started };
}

/** `warmups` untimed GETs, then `runs` timed ones, one after another. */
export async function timePath(base: string, path: string, jar: CookieJar, runs: number, warmups = 1): Promise<Timing> {
  let last = await timedGet(base, path, jar);
  for (let i = 1; i < warmups; i++) last = await timedGet(base, path, jar);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    last = await timedGet(base, path, jar);
    ms.push(last.ms);
  }
  return { path, status: last.status, bytes: last.bytes, ms };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export const median = (t: Timing) => percentile(t.ms, 50);
