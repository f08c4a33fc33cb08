/**
 * Paging /api/v1/updates: newest first, `limit` at a time, each page naming the next by an opaque
 * cursor (the last update's publication time and id), so a page never repeats or skips an update
 * even when new ones are published between requests, and each page is one bounded read of the
 * database (lib/dal/public-updates.ts) however long the history is.
 */
import { z } from "zod";
import { updatesQuerySchema } from "./list-updates";

export const PAGE_SIZE = { default: 100, max: 500 } as const;

type Position = { publishedAt: string; id: number };

/** Action codes are workstream.number, e.g. 3.2. */
export const ACTION_CODE = /^[1-9]\d{0,3}\.[1-9]\d{0,3}$/;

export function encodeCursor(u: Position): string {
  return Buffer.from(`${u.publishedAt}|${u.id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): Position | null {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|(\d{1,10})$/.exec(text);
  if (!match || Number.isNaN(Date.parse(match[1]!))) return null;
  return { publishedAt: match[1]!, id: Number(match[2]) };
}

export const updatesPageQuerySchema = updatesQuerySchema.extend({
  action: z.string().regex(ACTION_CODE, { error: "Give action as an action code, e.g. 3.2." }).optional(),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, { error: `Give limit as a whole number from 1 to ${PAGE_SIZE.max}.` })
    .transform(Number)
    .refine((n) => n >= 1 && n <= PAGE_SIZE.max, { error: `Give limit as a whole number from 1 to ${PAGE_SIZE.max}.` })
    .optional(),
  cursor: z
    .string()
    .max(200, { error: "That cursor is not one this API gave out." })
    .transform((c, ctx) => {
      const position = decodeCursor(c);
      if (!position) ctx.addIssue({ code: "custom", message: "That cursor is not one this API gave out." });
      return position ?? z.NEVER;
    })
    .optional(),
});

/** A page read with one row more than `limit`: the page, and the next page's cursor when that row exists. */
export function pageAndCursor<T extends Position>(
  rows: readonly T[],
  limit: number,
): { page: T[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, next: rows.length > limit && last ? encodeCursor(last) : null };
}
