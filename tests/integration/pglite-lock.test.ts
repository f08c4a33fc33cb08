import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as t from "@/db/schema";

// Migrating an embedded database from nothing takes seconds on idle cores and over a minute on a loaded
// two-core machine: this tests the lock, not the speed.
describe("the embedded database folder", { timeout: 180_000 }, () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), "mahere-lock-"));
  const dir = path.join(parent, "nested", "pglite");
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it("creates its parent folder, refuses a second opener, and keeps data across reopening", async () => {
    const first = await openDatabase({ kind: "pglite-dir", dir });
    await migrateDatabase(first);
    await first.db.insert(t.agencies).values({ slug: "tec", acronym: "TEC", name: "Tertiary Education Commission" });
    await expect(openDatabase({ kind: "pglite-dir", dir })).rejects.toThrow(/already open in process \d+/);
    await first.close();

    const again = await openDatabase({ kind: "pglite-dir", dir });
    const [row] = await again.db.select({ n: count() }).from(t.agencies);
    expect(Number(row!.n)).toBe(1);
    await again.close();
  });

  it("takes over a lock left behind by a process that has gone", async () => {
    const pid = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    }).stdout;
    writeFileSync(`${dir}.lock`, pid);
    const handle = await openDatabase({ kind: "pglite-dir", dir });
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    await handle.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
