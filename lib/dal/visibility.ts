import "server-only";
import { and, eq, lte, sql } from "drizzle-orm";
import * as t from "@/db/schema";

/**
 * The one rule for what the public may see of progress updates: published, and not scheduled for a
 * later time. Every public query uses it, so a draft or a scheduled update cannot leak by omission.
 */
export const isPublicUpdate = and(
  eq(t.progressUpdates.state, "published"),
  lte(t.progressUpdates.publishedAt, sql`now()`),
);
