import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { GET as notAnEndpoint } from "@/app/api/v1/[...path]/route";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getPlan } from "@/app/api/v1/plan/route";
import { GET as getUpdates } from "@/app/api/v1/updates/route";
import { GET as getUpdatesCsv } from "@/app/api/v1/updates.csv/route";
import { GET as getFeed } from "@/app/feed.xml/route";
import { setDatabaseHandle } from "@/lib/dal/db";
import { apiDatabase, call, insertUpdate } from "./support";

describe("caching headers and conditional GET", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await apiDatabase();
  });
  afterAll(async () => handle?.close());
  afterEach(() => vi.useRealTimers());

  it("sends a strong ETag, Last-Modified and a one-minute public Cache-Control", async () => {
    const response = await call(getUpdatesCsv, "/api/v1/updates.csv");
    expect(response.headers.get("etag")).toMatch(/^"[\w-]{20,}"$/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    const lastModified = response.headers.get("last-modified")!;
    // The newest published update (the first row, newest first), to the second.
    const csv = await response.text();
    const newest = csv.split("\r\n")[1]!.split(",")[3]!;
    expect(new Date(lastModified).getTime()).toBe(Math.floor(Date.parse(newest) / 1000) * 1000);
  });

  it("answers 304 with no body when If-None-Match matches, and 200 when it does not", async () => {
    // Freeze the clock so the plan's asAt, and so the body, is the same on both reads (as the cache makes it).
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    for (const [handler, path] of [
      [getPlan, "/api/v1/plan"],
      [getUpdatesCsv, "/api/v1/updates.csv"],
      [getFeed, "/feed.xml"],
      [getIndicators, "/api/v1/indicators"],
    ] as const) {
      const first = await call(handler, path);
      const etag = first.headers.get("etag")!;
      const again = await call(handler, path, { headers: { "If-None-Match": etag } });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      const weak = await call(handler, path, { headers: { "If-None-Match": `"other", W/${etag}` } });
      expect(weak.status).toBe(304);
      const stale = await call(handler, path, { headers: { "If-None-Match": '"not-it"' } });
      expect(stale.status).toBe(200);
      expect((await stale.text()).length).toBeGreaterThan(0);
    }
  });

  it("names updates.csv's content in its ETag without reading it: the query and each publication change it", async () => {
    const etagOf = async (path: string) => (await call(getUpdatesCsv, path)).headers.get("etag")!;
    const all = await etagOf("/api/v1/updates.csv");
    expect(await etagOf("/api/v1/updates.csv")).toBe(all);
    expect(await etagOf("/api/v1/updates.csv?since=2026-01-01")).not.toBe(all);
    const before = await (await call(getUpdatesCsv, "/api/v1/updates.csv")).text();
    await insertUpdate(handle, "1.1", {
      state: "published",
      publishedAt: new Date(),
      publicNarrative: "Newly published.",
    });
    const after = await call(getUpdatesCsv, "/api/v1/updates.csv", { headers: { "If-None-Match": all } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(all);
    const text = await after.text();
    expect(text.split("\r\n").length).toBe(before.split("\r\n").length + 1);
    expect(text).toContain("Newly published.");
  });

  it("answers 304 to If-Modified-Since at or after Last-Modified, and 200 before it", async () => {
    const first = await call(getPlan, "/api/v1/plan");
    const lastModified = first.headers.get("last-modified")!;
    const same = await call(getPlan, "/api/v1/plan", { headers: { "If-Modified-Since": lastModified } });
    expect(same.status).toBe(304);
    const later = new Date(Date.parse(lastModified) + 86_400_000).toUTCString();
    expect((await call(getPlan, "/api/v1/plan", { headers: { "If-Modified-Since": later } })).status).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await call(getPlan, "/api/v1/plan", { headers: { "If-Modified-Since": earlier } })).status).toBe(200);
    expect((await call(getPlan, "/api/v1/plan", { headers: { "If-Modified-Since": "nonsense" } })).status).toBe(200);
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const response = await notAnEndpoint();
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("answers a database failure with a bare 500 and logs the detail instead of showing it", async () => {
    const secret = "relation secret_internal_table does not exist";
    const broken = new Proxy({} as Db, {
      get: () => {
        throw new Error(secret);
      },
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    setDatabaseHandle({ db: broken, driver: "pglite", location: "memory", close: async () => undefined });
    try {
      // The updates list: the plan would be served from this server's memory (cached-public-read.ts).
      const response = await call(getUpdates, "/api/v1/updates");
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ error: { code: "internal", message: expect.any(String) } });
      expect(text).not.toContain("secret_internal_table");
      expect(String(log.mock.calls[0]?.[1])).toContain("secret_internal_table");
    } finally {
      setDatabaseHandle(handle);
      log.mockRestore();
    }
  });
});
