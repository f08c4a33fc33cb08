/** The query of GET /api/v1/updates and updates.csv: published updates, optionally since a moment. */
import { z } from "zod";
import { nzLocalToUtc } from "@/lib/periods/nz-time";
import { parseCalendarDate } from "@/lib/periods/calendar-date";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(text: string): boolean {
  try {
    parseCalendarDate(text.slice(0, 10));
    return true;
  } catch {
    return false;
  }
}

/**
 * `since` is a calendar date (read as midnight in New Zealand, where the plan is reported) or a full
 * ISO timestamp with `Z` or an offset (a timestamp without one would mean different moments to
 * different callers).
 */
export const updatesQuerySchema = z.strictObject({
  since: z
    .string({ error: "Give since once, as text." })
    .refine((s) => DATE_ONLY.test(s) || z.iso.datetime({ offset: true }).safeParse(s).success, {
      message: "Use a date (YYYY-MM-DD) or an ISO timestamp with a time zone, e.g. 2026-07-01T00:00:00Z.",
      abort: true,
    })
    .refine(isRealDate, { message: "That date does not exist." })
    .transform((s) => (DATE_ONLY.test(s) ? nzLocalToUtc(s) : new Date(s)))
    .optional(),
});
