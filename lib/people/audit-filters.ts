import { z } from "zod";
import { pageParam } from "@/lib/paging/pages";
import { addDays } from "@/lib/periods/calendar-date";
import { calendarDate } from "@/lib/workflow/update-fields";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/workflow/field-errors";

/**
 * The audit trail's filters, from the address (so a filtered page can be bookmarked and exported):
 * what kind of record, who acted (part of their label: an email address or "system"), and a range
 * of New Zealand dates. A value that is not valid is reported beside its field and left out.
 */
export const AUDIT_FILTER_FIELDS = ["entity", "actor", "from", "to"] as const;
export type AuditFilters = { entity?: string; actor?: string; from?: string; to?: string };

const DATE_MESSAGE = "Enter a date as year-month-day, like 2026-11-22.";

const fields = {
  entity: z.string().regex(/^[a-z][a-z_]{0,39}$/, { error: "Choose a kind of record from the list." }),
  actor: z.string().trim().max(100, { error: "Keep who acted to 100 characters or fewer." }),
  from: calendarDate(DATE_MESSAGE),
  to: calendarDate(DATE_MESSAGE),
};

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : Array.isArray(v) ? v[0] : undefined);

export function parseAuditFilters(query: Record<string, string | string[] | undefined>): {
  filters: AuditFilters;
  errors: FieldErrors;
  values: Record<(typeof AUDIT_FILTER_FIELDS)[number], string>;
  page: number;
} {
  const filters: AuditFilters = {};
  let errors: FieldErrors = {};
  const values = { entity: "", actor: "", from: "", to: "" };
  for (const key of AUDIT_FILTER_FIELDS) {
    const raw = one(query[key]);
    if (raw === undefined || raw.trim() === "") continue;
    values[key] = raw;
    const parsed = z.object({ [key]: fields[key] }).safeParse({ [key]: raw });
    if (parsed.success) filters[key] = (parsed.data as Record<string, string>)[key];
    else errors = { ...errors, ...fieldErrorsFromZod(parsed.error) };
  }
  if (filters.from && filters.to && filters.to < filters.from) {
    errors.to = ["Choose an end date on or after the start date."];
    delete filters.to;
  }
  return { filters, errors, values, page: pageParam(query.page) };
}

/** The filters as a query string (for the pager and the CSV link), without empty ones. */
export function auditQuery(filters: AuditFilters, page?: number): string {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_FIELDS) if (filters[key]) params.set(key, filters[key]!);
  if (page && page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The day after `to`: the range includes the whole of its last day. */
export const dayAfter = (date: string) => addDays(date, 1);
