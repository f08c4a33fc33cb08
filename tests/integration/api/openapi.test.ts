import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { call } from "./support";

type Doc = {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, { get: { parameters?: { name: string }[]; responses: Record<string, unknown> } }>;
  components: { schemas: Record<string, unknown> };
};

/** Every route folder under app/api/v1, as the URL it serves ("[code]" becomes "{code}"). */
function routePaths(dir: string, prefix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) return name === "route.ts" ? [prefix] : [];
    if (name.startsWith("[...")) return [];
    return routePaths(full, `${prefix}/${name.replace(/^\[(.+)\]$/, "{$1}")}`);
  });
}

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document listing every endpoint and the feeds", async () => {
    const response = await call(getOpenApi, "/api/v1/openapi.json");
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Doc;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers.map((s) => s.url)).toEqual(["https://mahere.example.org"]); // MAHERE_PUBLIC_URL, never the Host
    const served = routePaths(path.resolve("app/api/v1"), "/api/v1");
    expect(served.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(doc.paths).sort()).toEqual([...served, "/feed.xml", "/workstreams/{number}/feed.xml"].sort());
  });

  it("documents the filters, the error shape and the conditional GET", async () => {
    const doc = (await (await call(getOpenApi, "/api/v1/openapi.json")).json()) as Doc;
    const names = doc.paths["/api/v1/actions"]!.get.parameters!.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["q", "workstream", "agency", "stage", "confidence", "If-None-Match"]),
    );
    expect(doc.paths["/api/v1/updates"]!.get.parameters!.map((p) => p.name)).toContain("since");
    expect(doc.paths["/api/v1/actions/{code}"]!.get.responses).toHaveProperty("404");
    expect(doc.paths["/api/v1/plan"]!.get.responses).toHaveProperty("304");
    expect(doc.components.schemas).toHaveProperty("Error");
    expect(JSON.stringify(doc.components.schemas.Error)).toContain("invalid_query");
    // Every $ref points at something that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    for (const [, kind, name] of refs) {
      expect((doc.components as Record<string, Record<string, unknown>>)[kind!], `${kind}/${name}`).toHaveProperty(
        name!,
      );
    }
  });
});
