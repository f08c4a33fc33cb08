import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { demoPlan } from "@/db/seed/demo-plan";
import { GET as getActionsCsv } from "@/app/api/v1/actions.csv/route";
import { GET as getIndicatorsCsv } from "@/app/api/v1/indicators.csv/route";
import { GET as getPlanCsv } from "@/app/api/v1/plan.csv/route";
import { GET as getUpdatesCsv } from "@/app/api/v1/updates.csv/route";
import { GET as getFeed } from "@/app/feed.xml/route";
import { GET as getWorkstreamFeed } from "@/app/[lang]/(public)/workstreams/[number]/feed.xml/route";
import { apiDatabase, call, insertUpdate } from "./support";

const TRICKY = {
  publicNarrative: '=1+1 said "kia ora", whānau & iwi <script>alert(1)</script>\nsecond line',
  risks: "@x",
  nextSteps: "-x",
};

/** Lines of a CSV body, split on the CRLF that ends each record (a quoted LF stays inside its cell). */
const records = (csv: string) => csv.slice(1).split("\r\n").slice(0, -1);

describe("the CSV downloads and Atom feeds", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await apiDatabase();
    await insertUpdate(handle, "2.1", { state: "published", publishedAt: new Date(Date.now() - 60_000), ...TRICKY });
  });
  afterAll(async () => handle?.close());

  it("serves each list as a UTF-8 attachment with a BOM and CRLF line ends", async () => {
    const cases = [
      [getPlanCsv, "/api/v1/plan.csv", "mahere-plan.csv", "code,title,title_mi,workstream"],
      [getActionsCsv, "/api/v1/actions.csv", "mahere-actions.csv", "code,title,title_mi,workstream"],
      [getUpdatesCsv, "/api/v1/updates.csv", "mahere-updates.csv", "id,action_code,period,published_at"],
      [getIndicatorsCsv, "/api/v1/indicators.csv", "mahere-indicators.csv", "indicator_code,indicator_title"],
    ] as const;
    for (const [handler, path, filename, header] of cases) {
      const response = await call(handler, path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${filename}"`);
      const bytes = new Uint8Array(await response.clone().arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      expect(text.startsWith(`\uFEFF${header}`)).toBe(true);
      expect(text.endsWith("\r\n")).toBe(true);
      expect(text.replace(/\r\n/g, "").includes("\r")).toBe(false);
    }
  });

  it("has one action row per action, and filters like the JSON list", async () => {
    const plan = records(await (await call(getPlanCsv, "/api/v1/plan.csv")).text());
    expect(plan).toHaveLength(demoPlan.actions.length + 1);
    const ws3 = records(await (await call(getActionsCsv, "/api/v1/actions.csv?workstream=3")).text());
    expect(ws3.slice(1).every((line) => line.startsWith("3."))).toBe(true);
    expect(ws3.length - 1).toBe(demoPlan.actions.filter((a) => a.code.startsWith("3.")).length);
    const bad = await call(getActionsCsv, "/api/v1/actions.csv?stage=finished");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/json");
  });

  it("neutralises formulas and quotes commas, quotes and line breaks, keeping macrons", async () => {
    const text = await (await call(getUpdatesCsv, "/api/v1/updates.csv")).text();
    const row = records(text).find((line) => line.includes("kia ora"))!;
    expect(row).toContain(`"'=1+1 said ""kia ora"", whānau & iwi <script>alert(1)</script>\nsecond line"`);
    expect(row).toContain(",'@x,'-x,");
    expect(text).not.toMatch(/(^|,)=1\+1/m);
    expect(text).toContain("whānau");
  });

  it("has one indicator row per reading, totals and breakdowns alike", async () => {
    const rows = records(await (await call(getIndicatorsCsv, "/api/v1/indicators.csv")).text()).slice(1);
    const kinds = new Set(rows.map((r) => r.split(",").at(-3)));
    expect(kinds).toEqual(new Set(["total", "population_group", "region"]));
    const seeded = demoPlan.indicators[0]!;
    const first = rows.filter((r) => r.startsWith(`${seeded.code},`) && r.includes(",total,"));
    expect(first.length).toBeGreaterThan(0);
  });

  it("publishes an Atom feed of every update with absolute links on the configured public address, whatever Host asked", async () => {
    // MAHERE_PUBLIC_URL is https://mahere.example.org in the integration tests (vitest.config.ts).
    const response = await getFeed(
      new Request("http://localhost:3917/feed.xml", { headers: { host: "evil.example" } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('href="https://mahere.example.org/actions/2.1"');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://mahere.example.org/feed.xml"');
    expect(xml).not.toMatch(/localhost|evil\.example/);
    // Ids do not depend on the address, so a move never shows readers every update again.
    expect(xml).toMatch(/<id>tag:tec\.govt\.nz,2026:mahere\/update\/\d+<\/id>/);
    expect(response.headers.get("set-cookie")).toBeNull();
    const title = demoPlan.actions.find((a) => a.code === "2.1")!.title;
    expect(xml).toContain(`<title type="text">Action 2.1: Underway – ${title.replace(/&/g, "&amp;")}</title>`);
    expect(xml).toContain("whānau &amp; iwi &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(xml).not.toContain("<script>");
    const lead = demoPlan.agencies.find((a) => a.slug === demoPlan.actions.find((x) => x.code === "2.1")!.leadAgency)!;
    expect(xml).toContain(`<name>${lead.name}</name>`);
    expect(xml.match(/<entry>/g)!.length).toBeGreaterThan(10);
  });

  it("publishes a feed per workstream and answers 404 for an unknown one", async () => {
    const ws2 = await call(getWorkstreamFeed, "/workstreams/2/feed.xml", { params: { number: "2" } });
    expect(ws2.status).toBe(200);
    const xml = await ws2.text();
    const linked = [
      ...xml.matchAll(
        /<link rel="alternate" type="text\/html" href="https:\/\/mahere\.example\.org\/actions\/([\d.]+)"/g,
      ),
    ];
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((m) => m[1]!.startsWith("2."))).toBe(true);
    expect(xml).toContain('href="https://mahere.example.org/workstreams/2/feed.xml"');
    for (const number of ["99", "abc", "0"]) {
      const missing = await call(getWorkstreamFeed, `/workstreams/${number}/feed.xml`, { params: { number } });
      expect(missing.status, number).toBe(404);
      expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
    }
  });
});
