import { afterAll, describe, expect, it } from "vitest";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { openDatabase, type DbHandle } from "@/db/client";
import { setDatabaseHandle } from "@/lib/dal/db";
import { freshDatabase } from "../support/databases";

describe("health endpoints", () => {
  const handles: DbHandle[] = [];
  afterAll(async () => {
    for (const h of handles) await h.close().catch(() => undefined);
  });

  it("live answers 200 without touching the database", async () => {
    const res = live();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "live" });
  });

  it("ready answers 200 when the database answers", async () => {
    const handle = await freshDatabase("pglite");
    handles.push(handle);
    setDatabaseHandle(handle);
    const res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready", database: "reachable" });
  });

  it("ready answers 503, without database detail, when the database is unreachable", async () => {
    // Port 9 on loopback: nothing listens there, so the connection is refused at once.
    const handle = await openDatabase({ kind: "postgres", url: "postgres://mahere:secret-pw@127.0.0.1:9/none" });
    handles.push(handle);
    setDatabaseHandle(handle);
    const res = await ready();
    expect(res.status).toBe(503);
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({ status: "unavailable", database: "unreachable" });
    expect(body).not.toContain("secret-pw");
  });
});
