/**
 * Paging /api/v1/updates: newest first, `limit` at a time, each page naming the next by an opaque
 * cursor (the last update's publication time and id), so a page never repeats or skips an update
 * even when new ones are published between requests.
 */
import { z } from "zod";
import type { PublicUpdate } from "@/lib/public/types";
import { updatesQuerySchema } from "./list-updates";

export const PAGE_SIZE = { default: 100, max: 500 } as const;

type Position = { publishedAt: string; id: number };

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

/** After `p` in newest-first order: published earlier, or at the same moment with a lower id. */
const isAfter = (u: Position, p: Position) =>
  u.publishedAt < p.publishedAt || (u.publishedAt === p.publishedAt && u.id < p.id);

/** One page of updates already in newest-first order, and the cursor of the next page (null at the end). */
export function pageOf(
  updates: readonly PublicUpdate[],
  limit: number = PAGE_SIZE.default,
  after?: Position,
): { page: PublicUpdate[]; next: string | null } {
  const rest = after ? updates.filter((u) => isAfter(u, after)) : updates;
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return { page, next: rest.length > limit && last ? encodeCursor(last) : null };
}
