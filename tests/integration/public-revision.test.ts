import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { cachedPublicRead } from "@/lib/dal/cached-public-read";
import { getDb, setDatabaseHandle } from "@/lib/dal/db";
import { publicStamp } from "@/lib/dal/public-revision";
import { DRIVERS, freshDatabase, seededDatabase } from "../support/databases";

describe.each(DRIVERS)("the public record's revision on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
  });
  afterAll(async () => handle?.close());

  const revisionOf = async (h: DbHandle) =>
    Number(
      rowsOf<{ revision: string | number }>(await h.db.execute(sql`select revision from public_revision`))[0]!.revision,
    );
  const revision = () => revisionOf(handle);
  const oneUpdate = async (published: boolean) =>
    rowsOf<{ id: number }>(
      await handle.db.execute(
        published
          ? sql`select id from progress_updates where state = 'published' and published_at <= now() order by id limit 1`
          : sql`select id from progress_updates where state <> 'published' order by id limit 1`,
      ),
    )[0]!.id;

  it("rises with a change to a published update or to the plan, in the same transaction", async () => {
    const before = await revision();
    const published = await oneUpdate(true);
    await handle.db.execute(
      sql`update progress_updates set public_narrative = public_narrative where id = ${published}`,
    );
    expect(await revision()).toBe(before + 1);
    await handle.db.execute(sql`update actions set title = title where code = '1.1'`);
    await handle.db.execute(
      sql`update reporting_periods set label = label where id = (select max(id) from reporting_periods)`,
    );
    expect(await revision()).toBe(before + 3);
    // A rolled-back change leaves it where it was.
    await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`update milestones set title = title`);
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(await revision()).toBe(before + 3);
  });

  it("stays put for what the public cannot see: drafts and updates under review, accounts, the audit trail", async () => {
    const before = await revision();
    const unpublished = await oneUpdate(false);
    await handle.db.execute(
      sql`update progress_updates set public_narrative = public_narrative where id = ${unpublished}`,
    );
    await handle.db.execute(sql`update users set name = name`);
    expect(await revision()).toBe(before);
  });

  it("gives a new stamp when a scheduled update comes into view, with no write at all", async () => {
    const published = await oneUpdate(true);
    await handle.db.execute(
      sql`update progress_updates set published_at = now() + interval '1.5 seconds' where id = ${published}`,
    );
    const scheduled = await publicStamp();
    expect(await publicStamp()).toBe(scheduled);
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(await publicStamp()).not.toBe(scheduled);
  });

  it("gives another stamp on another database, and another day in New Zealand", async () => {
    const here = await publicStamp(new Date("2026-12-06T10:00:00Z"));
    expect(await publicStamp(new Date("2026-12-06T10:59:00Z"))).toBe(here);
    // 11:00 UTC is midnight in Auckland (NZDT): overdue counts change.
    expect(await publicStamp(new Date("2026-12-06T11:00:00Z"))).not.toBe(here);
    const other = await freshDatabase(driver);
    try {
      setDatabaseHandle(other);
      expect(await publicStamp(new Date("2026-12-06T10:00:00Z"))).not.toBe(here);
    } finally {
      setDatabaseHandle(handle);
      await other.close();
    }
  });

  it("a cached public read answers from memory while the database cannot be reached, and fails with nothing in memory", async () => {
    const read = cachedPublicRead(async () => "loaded", 300);
    const never = cachedPublicRead(async () => "never", 300);
    expect(await read()).toBe("loaded");
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const unreachable = { execute: () => Promise.reject(refused) };
    setDatabaseHandle({ db: unreachable as never, driver: "postgres", location: "down", close: async () => undefined });
    try {
      expect(await read()).toBe("loaded");
      await expect(never()).rejects.toThrow("ECONNREFUSED");
    } finally {
      setDatabaseHandle(handle);
    }
  });

  it("a cached public read loads once per state of the record, shared by callers at the same time", async () => {
    let loads = 0;
    const read = cachedPublicRead(async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return rowsOf<{ revision: string }>(
        await (await getDb()).execute(sql`select revision::text from public_revision`),
      )[0]!.revision;
    }, 300);
    const first = await read();
    expect(await read()).toBe(first);
    expect(loads).toBe(1);
    await handle.db.execute(sql`update workstreams set title = title where number = 1`);
    const together = await Promise.all([read(), read(), read()]);
    const next = String(Number(first) + 1);
    expect(together).toEqual([next, next, next]);
    expect(loads).toBe(2);
    // Another database is never answered from this one's value.
    const other = await freshDatabase(driver);
    try {
      setDatabaseHandle(other);
      expect(await read()).toBe(String(await revisionOf(other)));
      expect(loads).toBe(3);
    } finally {
      setDatabaseHandle(handle);
      await other.close();
    }
  });
});
