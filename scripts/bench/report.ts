/** The benchmark's printed figures: a table per size, then the comparison with the targets. */
import type { BurstResult } from "./burst";
import { median, percentile, type Timing } from "./http";
import type { Size, SizeFacts } from "./sizes";

export type PathResult = { template: string; audience: "public" | "signed in"; timing: Timing };
export type SizeResult = {
  size: Size;
  facts: SizeFacts;
  fillSeconds: number;
  pages: PathResult[];
  bursts: BurstResult[];
  /** The write figures and the load (largest size only), as text lines. */
  writes?: string[];
};
export type RunSettings = { runs: number; warmups: number; burstSeconds: number; connections: number };

/** The targets (figures to read, not tests: a missed one does not fail the bench). */
export const TARGETS = {
  /** Public pages at the largest size, against the smallest: median ratio at most this. */
  publicGrowth: 1.3,
  /** /dashboard at the largest size: median under this many ms… */
  dashboardMs: 300,
  /** …and median ratio largest/smallest under this. */
  dashboardGrowth: 1.5,
  /** Under the burst, warm `/` and the action page serve at least this share of the static asset's requests/s. */
  burstShareOfStatic: 0.45,
};

const verdict = (met: boolean) => (met ? "met" : "not met");
const ms = (n: number) => n.toFixed(1);
/** A factor: two decimals, or two significant digits below 0.1 (a page at 0.004× the static asset). */
const times = (n: number) => `${n > 0 && n < 0.1 ? n.toPrecision(2) : n.toFixed(2)}×`;
const thousands = (n: number) => n.toLocaleString("en-NZ");

/** Plain-text table: the first `left` columns left-aligned, the rest right-aligned. */
export function table(header: string[], rows: string[][], left = 1): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < left ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

export function sizeTitle(r: Pick<SizeResult, "size" | "facts">): string {
  const { size, facts } = r;
  const what = size.kind === "demo" ? "the demo plan" : "synthetic history";
  return `${size.label}: ${what}, ${thousands(facts.actions)} actions, ${thousands(facts.updates)} updates`;
}

const staticOf = (bursts: BurstResult[]) => bursts.find((b) => b.label === "static asset");

/** Each burst target's requests/s as a share of the static asset's. */
export function shareOfStatic(b: BurstResult, bursts: BurstResult[]): number | null {
  const asset = staticOf(bursts);
  return asset && asset.requestsPerSecond > 0 ? b.requestsPerSecond / asset.requestsPerSecond : null;
}

export function renderSize(r: SizeResult, settings: RunSettings): string[] {
  const out = [
    `${sizeTitle(r)} (filled in ${r.fillSeconds.toFixed(1)} s; longest history: action ${r.facts.longestAction}, ` +
      `${thousands(r.facts.longestUpdates)} updates)`,
    "",
    `Sequential GETs (${settings.runs} timed after ${settings.warmups} warm-up, whole body read):`,
    ...table(
      ["path", "reader", "median ms", "p95 ms", "bytes", "status"],
      r.pages.map((p) => [
        p.timing.path,
        p.audience,
        ms(median(p.timing)),
        ms(percentile(p.timing.ms, 95)),
        thousands(p.timing.bytes),
        p.timing.status === 200 ? "200" : `${p.timing.status} (not a rendered page!)`,
      ]),
      2,
    ),
  ];
  if (r.bursts.length) {
    out.push(
      "",
      `Burst (${settings.burstSeconds} s each, ${settings.connections} connections, anonymous):`,
      ...table(
        ["target", "path", "answers", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "× static", "target"],
        r.bursts.map((b) => {
          const share = shareOfStatic(b, r.bursts);
          const isStatic = b.label === "static asset";
          const none = b.requests === 0;
          return [
            b.label,
            b.path,
            String(b.requests),
            b.requestsPerSecond.toFixed(1),
            none ? "–" : String(b.p50),
            none ? "–" : String(b.p99),
            String(b.non2xx),
            String(b.errors),
            share === null ? "?" : times(share),
            isStatic || share === null
              ? ""
              : `≥ ${times(TARGETS.burstShareOfStatic)} ${verdict(share >= TARGETS.burstShareOfStatic)}`,
          ];
        }),
        2,
      ),
    );
    const unanswered = r.bursts.filter((b) => b.requests === 0).map((b) => b.path);
    if (unanswered.length) {
      out.push(
        `No answer completed within the burst for ${unanswered.join(", ")}: every request was still being served ` +
          "when it ended (a longer --burst-seconds or fewer --connections measures it).",
      );
    }
  }
  return out;
}

type TargetRow = [figure: string, value: string, target: string, verdict: string];

/** Largest (last) size against the smallest (first): growth per path and the targets. */
export function renderComparison(results: SizeResult[]): string[] {
  const small = results[0];
  const large = results.at(-1);
  if (!small || !large) return [];
  const rows: TargetRow[] = [];
  const out: string[] = [];
  if (large !== small) {
    const history = large.facts.updates / Math.max(1, small.facts.updates);
    const plan = large.facts.actions / Math.max(1, small.facts.actions);
    out.push(
      `Comparison: ${large.size.label} against ${small.size.label} ` +
        `(updates ×${history.toFixed(1)}, actions ×${plan.toFixed(1)}); ratio = median at ${large.size.label} / median at ${small.size.label}:`,
      ...table(
        ["path", `${small.size.label} ms`, `${large.size.label} ms`, "ratio", "bytes ×"],
        large.pages.map((p, i) => {
          const before = small.pages[i]!;
          return [
            p.template,
            ms(median(before.timing)),
            ms(median(p.timing)),
            times(median(p.timing) / median(before.timing)),
            times(p.timing.bytes / Math.max(1, before.timing.bytes)),
          ];
        }),
      ),
      "",
    );
    large.pages.forEach((p, i) => {
      const ratio = median(p.timing) / median(small.pages[i]!.timing);
      if (p.audience === "public") {
        rows.push([
          `${p.template} growth`,
          times(ratio),
          `≤ ${times(TARGETS.publicGrowth)}`,
          verdict(ratio <= TARGETS.publicGrowth),
        ]);
      }
      if (p.template === "/dashboard") {
        rows.push([
          `/dashboard median at ${large.size.label}`,
          `${ms(median(p.timing))} ms`,
          `< ${TARGETS.dashboardMs} ms`,
          verdict(median(p.timing) < TARGETS.dashboardMs),
        ]);
        rows.push([
          "/dashboard growth",
          times(ratio),
          `< ${times(TARGETS.dashboardGrowth)}`,
          verdict(ratio < TARGETS.dashboardGrowth),
        ]);
      }
    });
  }
  for (const b of large.bursts) {
    const share = shareOfStatic(b, large.bursts);
    if (b.label === "static asset" || share === null) continue;
    rows.push([
      `burst ${b.path} (${b.label}) at ${large.size.label}, share of static req/s`,
      times(share),
      `≥ ${times(TARGETS.burstShareOfStatic)}`,
      verdict(share >= TARGETS.burstShareOfStatic),
    ]);
  }
  if (rows.length)
    out.push(
      "Targets (figures, not tests: a missed target does not fail the bench):",
      ...table(["figure", "value", "target", "verdict"], rows),
    );
  return out;
}
