/**
 * The public-visibility rule ("published, and its time has come") is written once, in
 * db/visibility.ts. This test reads the source tree for other spellings of it, and checks on both
 * databases that its typed, raw-SQL and in-memory forms agree row by row.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { isPublicUpdate, isVisibleAt, publicUpdateAt, visibleAt } from "@/db/visibility";
import { DRIVERS, SEEDED_AT, seededDatabase } from "../support/databases";
import { insertUpdate } from "./api/support";

// The rule's own home, the schema's partial-index and check definitions, and generated migrations.
const ALLOWED = new Set(["db/visibility.ts", "db/schema/updates.ts"]);
const SPELLINGS = [
  /state\s*=\s*'published'/, // raw SQL
  // eq(t.progressUpdates.state, "published"); a plan version's or a stocktake round's own
  // "published" state is another matter
  /(?<!(?:planVersions|stocktakeRounds)\.)state,\s*"published"\)/,
  /state\s*===\s*"published"\s*&&[^\n]*publishedAt/, // in memory, with the time
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(name) ? [full] : [];
  });
}

describe("the visibility rule", () => {
  it("is written only in db/visibility.ts", () => {
    const found: string[] = [];
    for (const root of ["app", "lib", "components", "db", "scripts"]) {
      for (const file of sourceFiles(root)) {
        if (ALLOWED.has(file) || file.startsWith("db/migrations")) continue;
        const text = readFileSync(file, "utf8");
        for (const spelling of SPELLINGS) if (spelling.test(text)) found.push(`${file}: ${spelling}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe.each(DRIVERS)("the visibility rule's three forms agree on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await seededDatabase(driver);
  });
  afterAll(async () => handle?.close());

  it("for published, scheduled and unpublished updates, now and at an earlier moment", async () => {
    const future = new Date(Date.now() + 86_400_000);
    await insertUpdate(handle, "2.1", { state: "published", publishedAt: future, publishAt: future });
    await insertUpdate(handle, "2.2", { state: "agency_approved" });
    const rows = await handle.db
      .select({
        id: t.progressUpdates.id,
        state: t.progressUpdates.state,
        publishedAt: t.progressUpdates.publishedAt,
        typedNow: sql<boolean>`coalesce(${isPublicUpdate}, false)`,
        rawNow: sql<boolean>`coalesce(${visibleAt("progress_updates")}, false)`,
        typedThen: sql<boolean>`coalesce(${publicUpdateAt(SEEDED_AT)}, false)`,
        rawThen: sql<boolean>`coalesce(${visibleAt("progress_updates", SEEDED_AT)}, false)`,
      })
      .from(t.progressUpdates);
    const states = new Set(rows.map((r) => r.state));
    expect([...states]).toEqual(expect.arrayContaining(["published", "agency_approved"]));
    expect(rows.some((r) => r.state === "published" && !r.typedNow)).toBe(true); // the scheduled one
    for (const r of rows) {
      const now = isVisibleAt(r, new Date());
      expect([r.typedNow, r.rawNow], `update ${r.id} now`).toEqual([now, now]);
      const then = isVisibleAt(r, SEEDED_AT);
      expect([r.typedThen, r.rawThen], `update ${r.id} at the seed`).toEqual([then, then]);
    }
  });
});
