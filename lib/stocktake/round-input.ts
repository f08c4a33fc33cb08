import { z } from "zod";
import { parseCalendarDate } from "@/lib/periods/calendar-date";
import { nzLocalToUtc } from "@/lib/periods/nz-time";
import { nzWallClockOf } from "@/lib/periods/period-input";
import { addFieldError, fieldErrorsFromZod, type FieldErrors } from "@/lib/workflow/field-errors";
import { DEFAULT_OVERLAP_THRESHOLD, ROUND_STATES, type RoundState } from "./vocabulary";

/** The round form's fields, as the form posts them (dates and times on New Zealand clocks). */
export const ROUND_FIELDS = [
  "slug",
  "title",
  "titleMi",
  "purpose",
  "audience",
  "introduction",
  "introductionMi",
  "opensDate",
  "opensTime",
  "closesDate",
  "closesTime",
  "state",
  "overlapThreshold",
] as const;
export type RoundField = (typeof ROUND_FIELDS)[number];
export type RoundFormValues = Record<RoundField, string>;

export const EMPTY_ROUND_VALUES: RoundFormValues = {
  slug: "",
  title: "",
  titleMi: "",
  purpose: "",
  audience: "",
  introduction: "",
  introductionMi: "",
  opensDate: "",
  opensTime: "09:00",
  closesDate: "",
  closesTime: "17:00",
  state: "draft",
  overlapThreshold: String(DEFAULT_OVERLAP_THRESHOLD),
};

/** Addresses the public stocktake pages use for themselves, so no round may take them. */
export const RESERVED_ROUND_SLUGS = ["analysis", "initiatives", "new"] as const;

export type RoundInput = {
  slug: string;
  title: string;
  titleMi: string | null;
  purpose: string;
  audience: string;
  introduction: string;
  introductionMi: string | null;
  opensAt: Date;
  closesAt: Date;
  state: RoundState;
  overlapThreshold: number;
};

const DATE_MESSAGE = "Enter a real date, for example 2027-04-06.";
const TIME_MESSAGE = "Enter a time on the 24-hour clock, for example 17:00.";
const text = (max: number, what: string) =>
  z.string().normalize().trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} to ${max} characters or fewer.`);
const optional = (max: number, what: string) =>
  z
    .string()
    .normalize()
    .trim()
    .max(max, `Keep ${what} to ${max} characters or fewer.`)
    .transform((v) => (v === "" ? null : v));
const date = z
  .string()
  .trim()
  .refine((v) => {
    try {
      parseCalendarDate(v);
      return true;
    } catch {
      return false;
    }
  }, DATE_MESSAGE);
const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, TIME_MESSAGE);

const schema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens, like careers-2027.")
    .max(60, "Keep the address to 60 characters or fewer.")
    .refine((v) => !(RESERVED_ROUND_SLUGS as readonly string[]).includes(v), "That address is taken by another page."),
  title: text(200, "a title"),
  titleMi: optional(200, "the te reo Māori title"),
  purpose: text(1000, "the purpose"),
  audience: text(500, "who it is for"),
  introduction: text(5000, "an introduction"),
  introductionMi: optional(5000, "the te reo Māori introduction"),
  opensDate: date,
  opensTime: time,
  closesDate: date,
  closesTime: time,
  state: z.enum(ROUND_STATES, "Choose draft or published."),
  overlapThreshold: z.coerce
    .number("Enter a whole number from 2 to 50.")
    .int("Enter a whole number from 2 to 50.")
    .min(2, "Enter a whole number from 2 to 50.")
    .max(50, "Enter a whole number from 2 to 50."),
});

export function postedRoundValues(form: Pick<FormData, "get">): RoundFormValues {
  return Object.fromEntries(
    ROUND_FIELDS.map((f) => [f, typeof form.get(f) === "string" ? String(form.get(f)) : ""]),
  ) as RoundFormValues;
}

export function roundFormValues(
  r: Omit<RoundInput, "opensAt" | "closesAt"> & { opensAt: Date; closesAt: Date },
): RoundFormValues {
  const opens = nzWallClockOf(r.opensAt);
  const closes = nzWallClockOf(r.closesAt);
  return {
    slug: r.slug,
    title: r.title,
    titleMi: r.titleMi ?? "",
    purpose: r.purpose,
    audience: r.audience,
    introduction: r.introduction,
    introductionMi: r.introductionMi ?? "",
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    state: r.state,
    overlapThreshold: String(r.overlapThreshold),
  };
}

/** The round form, read: every problem at once, against the field that needs changing. */
export function parseRoundInput(
  values: RoundFormValues,
): { ok: true; value: RoundInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const errors = fieldErrorsFromZod(parsed.error);
    return { ok: false, fieldErrors: errors };
  }
  const v = parsed.data;
  const errors: FieldErrors = {};
  const instant = (d: string, t: string, key: string) => {
    const at = nzLocalToUtc(d, t);
    const shown = nzWallClockOf(at);
    if (shown.date !== d || shown.time !== t) {
      addFieldError(
        errors,
        key,
        `${t} on ${d} does not exist in New Zealand (daylight saving starts). Choose a time from 03:00.`,
      );
    }
    return at;
  };
  const opensAt = instant(v.opensDate, v.opensTime, "opensTime");
  const closesAt = instant(v.closesDate, v.closesTime, "closesTime");
  if (closesAt <= opensAt) addFieldError(errors, "closesDate", "The round must close after it opens.");
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  const { opensDate: _od, opensTime: _ot, closesDate: _cd, closesTime: _ct, ...rest } = v;
  return { ok: true, value: { ...rest, opensAt, closesAt } };
}
