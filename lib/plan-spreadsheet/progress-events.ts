/**
 * What the import's route handlers stream to the page, one JSON object a line (NDJSON): progress
 * through the phases, then where to go next or why the file was refused.
 */
import type { ImportPhase } from "./dry-run";

export type BarPhase = ImportPhase | "save";

export type ImportEvent =
  | { type: "progress"; phase: BarPhase; percent: number }
  | { type: "done"; url: string }
  | { type: "refused"; code: ImportRefusal; message: string };

/** Why an upload or a confirmation was refused; each has a sentence in messages (admin.planImport.refused). */
export const IMPORT_REFUSALS = [
  "not_spreadsheet",
  "too_large",
  "empty",
  "too_many_rows",
  "no_file",
  "no_reason",
  "cross_site",
  "forbidden",
  "monitors_apply",
  "has_problems",
  "plan_changed",
  "already_applied",
  "failed",
] as const;
export type ImportRefusal = (typeof IMPORT_REFUSALS)[number];

export function isImportRefusal(value: unknown): value is ImportRefusal {
  return typeof value === "string" && (IMPORT_REFUSALS as readonly string[]).includes(value);
}

export const NDJSON = "application/x-ndjson";

/** Where each phase sits on the one bar (the upload itself takes the first tenth). */
export const PHASE_SPAN: Record<BarPhase, [number, number]> = {
  read: [10, 40],
  check: [40, 85],
  apply: [10, 95],
  save: [85, 100],
};

/** A phase's fraction as a place on the whole bar, 0–100. */
export function overallPercent(phase: BarPhase, fraction: number): number {
  const [from, to] = PHASE_SPAN[phase];
  return Math.round(from + (to - from) * Math.min(1, Math.max(0, fraction)));
}

/**
 * A streamed response that runs `work`, passing it a `progress` that sends a line whenever the bar
 * moves by a whole percent, and ends with the event `work` returns.
 */
export function progressStream(
  work: (progress: (phase: BarPhase, fraction: number) => void) => Promise<ImportEvent>,
): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      let last = -1;
      const progress = (phase: BarPhase, fraction: number) => {
        const percent = overallPercent(phase, fraction);
        if (percent === last) return;
        last = percent;
        send({ type: "progress", phase, percent });
      };
      send(await work(progress));
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": `${NDJSON}; charset=utf-8`,
      "cache-control": "private, no-store",
      "x-accel-buffering": "no",
    },
  });
}
