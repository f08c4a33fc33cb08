import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { BurstResult } from "@/scripts/bench/burst";
import { checkServesSize, staticAssetOf } from "@/scripts/bench/check-size";
import { renderComparison, renderSize, type SizeResult } from "@/scripts/bench/report";
import { parseSize, type SizeFacts } from "@/scripts/bench/sizes";
import { END, START, writeFigures } from "@/scripts/bench/write-doc";

const facts = (actions: number, updates: number): SizeFacts => ({
  planTitle: "Synthetic action plan (benchmark data)",
  actions,
  updates,
  firstAction: "1.1",
  longestAction: "1.1",
  longestUpdates: updates / actions,
  period: "2026-q3",
});

const burstOf = (label: string, path: string, requestsPerSecond: number): BurstResult => ({
  label,
  path,
  requestsPerSecond,
  p50: 10,
  p99: 20,
  requests: Math.round(requestsPerSecond * 10),
  non2xx: 0,
  errors: 0,
});

function sizeResult(
  label: string,
  actions: number,
  updates: number,
  ms: Record<string, number>,
  bursts: BurstResult[],
) {
  const size = parseSize(label)!;
  return {
    size,
    facts: facts(actions, actions * updates),
    fillSeconds: 1,
    pages: Object.entries(ms).map(([template, median]) => ({
      template,
      audience: template.startsWith("/dashboard") ? "signed in" : "public",
      timing: { path: template, status: 200, bytes: 1000, ms: [median, median, median] },
    })),
    bursts,
  } satisfies SizeResult;
}

const settings = { runs: 3, warmups: 1, burstSeconds: 10, connections: 50 };
const rowOf = (lines: string[], start: string) => lines.find((l) => l.startsWith(start)) ?? "";

describe("bench sizes", () => {
  it("reads demo and ACTIONSxUPDATES, and refuses anything else", () => {
    expect(parseSize("demo")).toEqual({ kind: "demo", label: "demo" });
    expect(parseSize("1000x200")).toEqual({ kind: "fill", label: "1000×200", actions: 1000, updates: 200 });
    expect(parseSize("0x200")).toBeNull();
    expect(parseSize("1000")).toBeNull();
  });
});

describe("bench comparison and targets", () => {
  const small = sizeResult("100x20", 100, 20, { "/": 100, "/actions/{action}": 100, "/dashboard": 200 }, []);
  const large = sizeResult("1000x200", 1000, 200, { "/": 125, "/actions/{action}": 150, "/dashboard": 320 }, [
    burstOf("home", "/", 50),
    burstOf("action page", "/actions/1.1", 40),
    burstOf("static asset", "/_next/static/chunks/a.css", 100),
  ]);
  const lines = renderComparison([small, large]);

  it("divides the largest size's medians by the smallest's, with each target met or not", () => {
    expect(rowOf(lines, "/ growth")).toMatch(/1\.25×\s+≤ 1\.30×\s+met$/);
    expect(rowOf(lines, "/actions/{action} growth")).toMatch(/1\.50×\s+≤ 1\.30×\s+not met$/);
    expect(rowOf(lines, "/dashboard median at 1000×200")).toMatch(/320\.0 ms\s+< 300 ms\s+not met$/);
    expect(rowOf(lines, "/dashboard growth")).toMatch(/1\.60×\s+< 1\.50×\s+not met$/);
  });

  it("compares the burst's pages with the static asset at the largest size", () => {
    expect(rowOf(lines, "burst / (home)")).toMatch(/0\.50×\s+≥ 0\.45×\s+met$/);
    expect(rowOf(lines, "burst /actions/1.1 (action page)")).toMatch(/0\.40×\s+≥ 0\.45×\s+not met$/);
  });

  it("says so when no answer completed within a burst", () => {
    const slow = { ...large, bursts: [{ ...burstOf("home", "/", 0), p50: 0, p99: 0 }, ...large.bursts.slice(1)] };
    expect(renderSize(slow, settings).join("\n")).toContain("No answer completed within the burst for /:");
  });
});

describe("bench checks", () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  async function serve(actions: number, title: string): Promise<string> {
    server = createServer((request, response) => {
      if (request.url === "/api/v1/plan") {
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ actions: Array.from({ length: actions }, (_, i) => ({ code: `1.${i + 1}` })) }));
      } else {
        response.end(
          `<html><head><link rel="stylesheet" href="/_next/static/chunks/x.css"></head><h1>${title}</h1></html>`,
        );
      }
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("fails loudly when the app lists another number of actions than the size's database", async () => {
    const base = await serve(33, "Synthetic action plan (benchmark data)");
    await expect(checkServesSize(base, facts(50, 500), 50)).rejects.toThrow(/lists 33 actions .* holds 50/);
  });

  it("passes when the app serves the size's plan, and finds its stylesheet", async () => {
    const base = await serve(50, "Synthetic action plan (benchmark data)");
    const html = await checkServesSize(base, facts(50, 500), 50);
    expect(staticAssetOf(html)).toBe("/_next/static/chunks/x.css");
  });

  it("fails when the home page shows another plan", async () => {
    const base = await serve(50, "Another plan");
    await expect(checkServesSize(base, facts(50, 500), 50)).rejects.toThrow(/does not show this size's plan title/);
  });
});

describe("bench --write-doc", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-doc-"));

  it("creates the doc with the marked section when there is none", () => {
    const file = path.join(dir, "new", "benchmark.md");
    writeFigures(file, ["figures one"]);
    const doc = readFileSync(file, "utf8");
    expect(doc).toContain("npm run bench");
    expect(doc).toContain(`${START}\nfigures one\n${END}`);
  });

  it("replaces only the marked section, and appends one to a doc without it", () => {
    const file = path.join(dir, "doc.md");
    writeFileSync(file, `# Title\n\nbefore\n\n${START}\nold figures\n${END}\n\nafter\n`);
    writeFigures(file, ["new figures"]);
    expect(readFileSync(file, "utf8")).toBe(`# Title\n\nbefore\n\n${START}\nnew figures\n${END}\n\nafter\n`);

    const plain = path.join(dir, "plain.md");
    writeFileSync(plain, "# Plain\n");
    writeFigures(plain, ["figures"]);
    writeFigures(plain, ["figures again"]);
    const doc = readFileSync(plain, "utf8");
    expect(doc).toBe(`# Plain\n\n## Latest figures\n\n${START}\nfigures again\n${END}\n`);
  });
});
