import { afterAll, beforeAll, describe, expect, it } from "vitest";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";
import type { DbHandle } from "@/db/client";
import { demoPlan } from "@/db/seed/demo-plan";
import { apiDatabase } from "./support";

/** What search engines are told, on the configured public address (https://mahere.example.org here). */
describe("robots.txt and sitemap.xml", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await apiDatabase();
  });
  afterAll(() => handle?.close());

  it("lists every public page of the plan on the public address, each action with its last publication", async () => {
    const entries = await sitemap();
    const urls = entries.map((e) => e.url);
    expect(urls.every((u) => u.startsWith("https://mahere.example.org/"))).toBe(true);
    for (const a of demoPlan.actions) expect(urls).toContain(`https://mahere.example.org/actions/${a.code}`);
    for (const w of demoPlan.workstreams) expect(urls).toContain(`https://mahere.example.org/workstreams/${w.number}`);
    expect(urls).toContain("https://mahere.example.org/agencies/tec");
    expect(urls.some((u) => /\/reports\/\d{4}-q\d$/.test(u))).toBe(true);
    expect(urls.filter((u) => /\/(my|review|dashboard|admin|login)(\/|$)/.test(u))).toEqual([]);
    expect(new Set(urls).size).toBe(urls.length);
    const a21 = entries.find((e) => e.url.endsWith("/actions/2.1"))!;
    expect(Date.parse(String(a21.lastModified))).not.toBeNaN();
    expect(a21.alternates?.languages).toMatchObject({
      "en-NZ": "https://mahere.example.org/actions/2.1",
      mi: "https://mahere.example.org/mi/actions/2.1",
    });
    expect(entries.find((e) => e.url === "https://mahere.example.org/")?.alternates?.languages).toMatchObject({
      mi: "https://mahere.example.org/mi",
    });
    const never = entries.find((e) => e.url.endsWith("/actions/5.4"))!; // never reported
    expect(never.lastModified).toBeUndefined();
  });

  it("keeps crawlers out of staff pages and points them at the sitemap", () => {
    const r = robots();
    expect(r.sitemap).toBe("https://mahere.example.org/sitemap.xml");
    expect(JSON.stringify(r.rules)).toContain("/admin");
  });
});
