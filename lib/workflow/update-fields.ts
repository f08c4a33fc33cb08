import { z } from "zod";
import { parseCalendarDate } from "@/lib/periods/calendar-date";
import { CONFIDENCES, STAGES } from "@/lib/status/vocabulary";
import { isHttpUrl, normaliseHttpUrl } from "./http-url";
import { CONTENT_FIELDS, TEXT_FIELDS, type TextField } from "./update-content";

/**
 * The fields of the progress-update form, one zod schema each, with fixed messages (a submitted
 * value is never echoed back). update-input.ts assembles them into the draft and submit schemas.
 */

export const UPDATE_LIMITS = {
  ...(Object.fromEntries(TEXT_FIELDS.map((n) => [n, CONTENT_FIELDS[n].limit])) as Record<TextField, number>),
  returnReason: 2000,
  evidenceTitle: 200,
  evidenceReference: 300,
  url: 2000,
  evidenceLinks: 20,
  criterionAssessments: 10,
  milestoneCompletions: 50,
  milestoneForecasts: 50,
} as const;

export const MAX_DB_INT = 2_147_483_647;
export const formatLimit = (n: number) => n.toLocaleString("en-NZ");

// --- Field schemas -------------------------------------------------------------------------------

export function text(max: number, name: string) {
  return z
    .string({ error: `Enter ${name} as text.` })
    .normalize()
    .trim()
    .max(max, { error: `Keep ${name} to ${formatLimit(max)} characters or fewer.` })
    .default("");
}

/** Empty means "not given", stored as null (these columns are nullable). */
export function optionalText(max: number, name: string) {
  return text(max, name).transform((v) => (v === "" ? null : v));
}

export function isCalendarDate(value: string): boolean {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

export function calendarDate(message: string) {
  return z.string({ error: message }).normalize().trim().refine(isCalendarDate, { error: message });
}

export function recordId(message: string) {
  return z.coerce.number({ error: message }).int({ error: message }).positive({ error: message }).max(MAX_DB_INT, {
    error: message,
  });
}

export const URL_MESSAGE = "Enter a web address that starts with https:// or http://.";

export const httpUrl = z
  .string({ error: URL_MESSAGE })
  .normalize()
  .trim()
  .max(UPDATE_LIMITS.url, { error: `Keep web addresses to ${formatLimit(UPDATE_LIMITS.url)} characters or fewer.` })
  .refine(isHttpUrl, { error: URL_MESSAGE })
  .transform(normaliseHttpUrl);

export const optionalHttpUrl = z
  .union([z.literal(""), httpUrl], { error: URL_MESSAGE })
  .optional()
  .transform((v) => (v ? v : null));

export const CHECKED = ["on", "true", "1", "yes"];
/** A checkbox: absent or an "off"-like value is unchecked. */
export const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "1", "yes", "", "false", "0", "off", "no"])], {
    error: "Tick the box or leave it empty.",
  })
  .optional()
  .transform((v) => v === true || (typeof v === "string" && CHECKED.includes(v)));

export const stage = z.enum(STAGES, { error: "Choose a stage from the list." });

export const confidence = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? null : v),
  z.enum(CONFIDENCES, { error: "Choose a delivery confidence from the list." }).nullable(),
);

export const FORECAST_MESSAGE = "Enter the forecast due date as a date (YYYY-MM-DD), or leave it empty.";
export const forecastDue = z
  .union([z.literal(""), calendarDate(FORECAST_MESSAGE)], { error: FORECAST_MESSAGE })
  .optional()
  .transform((v) => (v ? v : null));

/** Optimistic locking: the version the author started from. 0 or missing means a broken or forged form. */
export const version = recordId("This form is out of date or incomplete. Reload the update and try again.");

export const evidenceLink = z.object(
  {
    title: z
      .string({ error: "Give the evidence a title." })
      .normalize()
      .trim()
      .min(1, { error: "Give the evidence a title." })
      .max(UPDATE_LIMITS.evidenceTitle, {
        error: `Keep evidence titles to ${formatLimit(UPDATE_LIMITS.evidenceTitle)} characters or fewer.`,
      }),
    url: httpUrl,
  },
  { error: "Each evidence link needs a title and a web address." },
);

export const CRITERION_EVIDENCE_MESSAGE = "Add a link or a document reference as evidence that this criterion is met.";

export const criterionAssessment = z
  .object(
    {
      criterionId: recordId("Choose a completion criterion of this action."),
      met: checkbox,
      evidenceUrl: optionalHttpUrl,
      evidenceReference: optionalText(UPDATE_LIMITS.evidenceReference, "the document reference"),
    },
    { error: "Each criterion needs its identifier and whether it is met." },
  )
  // The database refuses a met criterion without evidence, so even a draft must carry it.
  .superRefine((v, ctx) => {
    if (v.met && !v.evidenceUrl && !v.evidenceReference) {
      ctx.addIssue({ code: "custom", path: ["evidenceUrl"], message: CRITERION_EVIDENCE_MESSAGE });
    }
  });

export const milestoneCompletion = z.object(
  {
    milestoneId: recordId("Choose a milestone of this action."),
    completedOn: calendarDate("Enter the date the milestone was completed (YYYY-MM-DD)."),
  },
  { error: "Each completed milestone needs its identifier and completion date." },
);

export const milestoneForecast = z.object(
  {
    milestoneId: recordId("Choose a milestone of this action."),
    forecastDue: calendarDate("Enter the milestone's forecast due date as a date (YYYY-MM-DD)."),
  },
  { error: "Each milestone forecast needs its identifier and a date." },
);

/** A repeated group: bounded, and each id at most once (they are primary keys in the database). */
export function repeated<T extends z.ZodType>(
  item: T,
  max: number,
  idKey: string,
  messages: { type: string; tooMany: string; duplicate: string },
) {
  return z
    .array(item, { error: messages.type })
    .max(max, { error: messages.tooMany })
    .superRefine((items, ctx) => {
      const seen = new Set<unknown>();
      items.forEach((entry, index) => {
        const id = (entry as Record<string, unknown>)[idKey];
        if (seen.has(id)) ctx.addIssue({ code: "custom", path: [index, idKey], message: messages.duplicate });
        seen.add(id);
      });
    })
    .default([]);
}
