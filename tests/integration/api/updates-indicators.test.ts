import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { demoPlan } from "@/db/seed/demo-plan";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getUpdates } from "@/app/api/v1/updates/route";
import type { PublicIndicator } from "@/lib/dal/public-indicators";
import type { PublicUpdate } from "@/lib/public/types";
import { apiDatabase, callJson } from "./support";

type UpdatesBody = {
  asAt: string;
  since: string | null;
  total: number;
  count: number;
  updates: PublicUpdate[];
  next: string | null;
};
type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

/** The demo's 145 updates fit on one page of the largest size; the paging test walks smaller pages. */
const updates = (query = "") => {
  const q = new URLSearchParams(query);
  if (!q.has("limit") && !q.has("cursor")) q.set("limit", "500");
  return callJson<UpdatesBody & ErrorBody>(getUpdates, `/api/v1/updates?${q.toString()}`);
};

describe("GET /api/v1/updates", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await apiDatabase();
  });
  afterAll(async () => handle?.close());

  it("lists every published update, newest first", async () => {
    const { status, body } = await updates();
    expect(status).toBe(200);
    const published = demoPlan.actions.flatMap((a) => a.story).filter((s) => (s.state ?? "published") === "published");
    expect(body.count).toBe(body.updates.length);
    expect(body.total).toBe(body.count);
    expect(body.next).toBeNull();
    // Stories for quarters that had not begun at the seed date are not loaded.
    expect(body.count).toBeGreaterThan(published.length / 2);
    expect(body.count).toBeLessThanOrEqual(published.length);
    const times = body.updates.map((u) => u.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(body.since).toBeNull();
    expect(Object.keys(body.updates[0]!)).not.toContain("internalNotes");
  });

  it("pages with a cursor: every update once, in order, with the next page on the public address", async () => {
    const all = (await updates()).body.updates;
    const seen: PublicUpdate[] = [];
    let query = "limit=7&since=2025-01-01";
    const expected = all.filter((u) => u.publishedAt >= "2024-12-31T11:00:00.000Z");
    for (let pages = 0; query && pages < 100; pages++) {
      const { status, body, response } = await updates(query);
      expect(status).toBe(200);
      expect(body.count).toBeLessThanOrEqual(7);
      expect(body.total).toBe(expected.length);
      seen.push(...body.updates);
      if (body.next) {
        expect(body.next.startsWith("https://mahere.example.org/api/v1/updates?")).toBe(true);
        expect(response.headers.get("link")).toBe(`<${body.next}>; rel="next"`);
        expect(new URL(body.next).searchParams.get("since")).toBe("2025-01-01");
      }
      query = body.next ? new URL(body.next).search.slice(1) : "";
    }
    expect(expected.length).toBeGreaterThan(14);
    expect(seen.map((u) => u.id)).toEqual(expected.map((u) => u.id));
  });

  it("refuses a bad limit or a cursor it did not give out", async () => {
    for (const query of ["?limit=0", "?limit=501", "?limit=ten", "?cursor=abc", `?cursor=${"x".repeat(300)}`]) {
      const { status, body } = await updates(query);
      expect(status, query).toBe(400);
      expect(body.error.code, query).toBe("invalid_query");
    }
  });

  it("keeps updates published at or after a timestamp", async () => {
    const all = (await updates()).body.updates;
    const pivot = all[Math.floor(all.length / 2)]!.publishedAt;
    const { body } = await updates(`?since=${encodeURIComponent(pivot)}`);
    expect(body.since).toBe(pivot);
    expect(body.updates).toEqual(all.filter((u) => u.publishedAt >= pivot));
    expect(body.updates.at(-1)!.publishedAt).toBe(pivot);
    const offset = await updates(`?since=${encodeURIComponent("2026-01-01T00:00:00+13:00")}`);
    expect(offset.body.since).toBe("2025-12-31T11:00:00.000Z");
  });

  it("reads a date as midnight in New Zealand", async () => {
    const all = (await updates()).body.updates;
    const { body } = await updates("?since=2026-07-01");
    expect(body.since).toBe("2026-06-30T12:00:00.000Z");
    expect(body.updates).toEqual(all.filter((u) => u.publishedAt >= "2026-06-30T12:00:00.000Z"));
    expect(body.count).toBeGreaterThan(0);
    expect(body.count).toBeLessThan(all.length);
  });

  it.each([
    "yesterday",
    "2026-13-01",
    "2026-02-30",
    "2026-07-01T00:00:00",
    "2026-7-1",
    "",
    "2026-07-01&since=2026-08-01",
  ])("refuses since=%s with 400", async (since) => {
    const { status, body } = await updates(`?since=${since}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.fields?.since?.length).toBeGreaterThan(0);
  });

  it("refuses unknown parameters", async () => {
    const { status, body } = await updates("?from=2026-01-01");
    expect(status).toBe(400);
    expect(body.error.fields).toEqual({ from: ["Unknown query parameter."] });
  });
});

describe("GET /api/v1/indicators", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await apiDatabase();
  });
  afterAll(async () => handle?.close());

  it("lists every indicator with baseline, target, owner, links and readings in period order", async () => {
    const { status, body } = await callJson<{ asAt: string; count: number; indicators: PublicIndicator[] }>(
      getIndicators,
      "/api/v1/indicators",
    );
    expect(status).toBe(200);
    expect(body.count).toBe(demoPlan.indicators.length);
    for (const seeded of demoPlan.indicators) {
      const i = body.indicators.find((x) => x.code === seeded.code)!;
      expect(i).toMatchObject({
        title: seeded.title,
        unit: seeded.unit,
        direction: seeded.direction,
        baseline: { value: seeded.baselineValue, date: seeded.baselineDate },
        target: { value: seeded.targetValue, date: seeded.targetDate },
        dataSource: seeded.dataSource,
        ownerAgency: {
          slug: seeded.ownerAgency,
          name: demoPlan.agencies.find((a) => a.slug === seeded.ownerAgency)!.name,
        },
        recommendations: [...seeded.recommendations].sort((a, b) => a - b),
      });
      expect([...i.actions].sort()).toEqual([...seeded.actions].sort());
      const starts = i.readings.map((r) => r.periodStartsOn);
      expect(starts).toEqual([...starts].sort());
      for (const r of i.readings) {
        const source = seeded.readings.find((s) => s.period === r.period)!;
        expect(r.value).toBe(source.value);
        expect(r.breakdowns.populationGroup).toEqual(source.byGroup ?? {});
        expect(r.breakdowns.region).toEqual(source.byRegion ?? {});
      }
    }
    const readings = body.indicators.flatMap((i) => i.readings);
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.some((r) => Object.keys(r.breakdowns.populationGroup).length > 0)).toBe(true);
    expect(readings.some((r) => Object.keys(r.breakdowns.region).length > 0)).toBe(true);
  });
});
