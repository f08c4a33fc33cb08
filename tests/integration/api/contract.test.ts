/**
 * Every open-data route's real responses, checked against the OpenAPI document it publishes, with an
 * independent JSON Schema validator (Ajv, draft 2020-12, formats checked). The document is walked, so
 * a route added to it without a call here fails the test, and so does a response with a field the
 * document does not declare.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { GET as getAction } from "@/app/api/v1/actions/[code]/route";
import { GET as getActionsCsv } from "@/app/api/v1/actions.csv/route";
import { GET as getActions } from "@/app/api/v1/actions/route";
import { GET as getIndicatorsCsv } from "@/app/api/v1/indicators.csv/route";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getPlanCsv } from "@/app/api/v1/plan.csv/route";
import { GET as getPlan } from "@/app/api/v1/plan/route";
import { GET as getUpdatesCsv } from "@/app/api/v1/updates.csv/route";
import { GET as getUpdates } from "@/app/api/v1/updates/route";
import { GET as getFeed } from "@/app/feed.xml/route";
import { GET as getWorkstreamFeed } from "@/app/[lang]/(public)/workstreams/[number]/feed.xml/route";
import { DRIVERS } from "../../support/databases";
import { apiDatabase, call } from "./support";

// Each route takes its own params; `never` lets one list hold them all.
type Handler = (request: Request, ctx: { params: Promise<never> }) => Promise<Response>;
type Described = { description: string; content?: Record<string, { schema?: { $ref?: string } }> };
type Response_ = Described | { $ref: string };
type Doc = {
  paths: Record<string, { get: { responses: Record<string, Response_> } }>;
  components: { schemas: Record<string, unknown>; responses: Record<string, Response_> };
};

/** One call per documented status, per path; `params` fill the path's {placeholders}. */
type Case = { handler: Handler; url: string; params?: Record<string, string>; status: number };

const CASES: Record<string, Case[]> = {
  "/api/v1/plan": [
    { handler: getPlan, url: "/api/v1/plan", status: 200 },
    { handler: getPlan, url: "/api/v1/plan?extra=1", status: 400 },
  ],
  "/api/v1/plan.csv": [
    { handler: getPlanCsv, url: "/api/v1/plan.csv", status: 200 },
    { handler: getPlanCsv, url: "/api/v1/plan.csv?sep=%3B", status: 400 },
  ],
  "/api/v1/actions": [
    { handler: getActions, url: "/api/v1/actions", status: 200 },
    { handler: getActions, url: "/api/v1/actions?q=careers&stage=underway", status: 200 },
    { handler: getActions, url: "/api/v1/actions?workstream=abc&colour=red", status: 400 },
  ],
  "/api/v1/actions.csv": [
    { handler: getActionsCsv, url: "/api/v1/actions.csv?workstream=1", status: 200 },
    { handler: getActionsCsv, url: "/api/v1/actions.csv?stage=late", status: 400 },
  ],
  "/api/v1/actions/{code}": [
    ...["1.1", "1.4", "5.4", "6.4"].map((code) => ({
      handler: getAction,
      url: `/api/v1/actions/${code}`,
      params: { code },
      status: 200,
    })),
    { handler: getAction, url: "/api/v1/actions/99.9", params: { code: "99.9" }, status: 404 },
    { handler: getAction, url: "/api/v1/actions/x", params: { code: "x" }, status: 400 },
  ],
  "/api/v1/updates": [
    { handler: getUpdates, url: "/api/v1/updates", status: 200 },
    { handler: getUpdates, url: "/api/v1/updates?since=2026-01-01", status: 200 },
    { handler: getUpdates, url: "/api/v1/updates?limit=3", status: 200 },
    { handler: getUpdates, url: "/api/v1/updates?since=yesterday", status: 400 },
  ],
  "/api/v1/updates.csv": [
    { handler: getUpdatesCsv, url: "/api/v1/updates.csv", status: 200 },
    { handler: getUpdatesCsv, url: "/api/v1/updates.csv?since=2026-02-30", status: 400 },
  ],
  "/api/v1/indicators": [
    { handler: getIndicators, url: "/api/v1/indicators", status: 200 },
    { handler: getIndicators, url: "/api/v1/indicators?code=I1", status: 400 },
  ],
  "/api/v1/indicators.csv": [
    { handler: getIndicatorsCsv, url: "/api/v1/indicators.csv", status: 200 },
    { handler: getIndicatorsCsv, url: "/api/v1/indicators.csv?all", status: 400 },
  ],
  "/api/v1/openapi.json": [
    { handler: getOpenApi, url: "/api/v1/openapi.json", status: 200 },
    { handler: getOpenApi, url: "/api/v1/openapi.json?format=yaml", status: 400 },
  ],
  "/feed.xml": [
    { handler: getFeed, url: "/feed.xml", status: 200 },
    { handler: getFeed, url: "/feed.xml?page=2", status: 400 },
  ],
  "/workstreams/{number}/feed.xml": [
    { handler: getWorkstreamFeed, url: "/workstreams/3/feed.xml", params: { number: "3" }, status: 200 },
    { handler: getWorkstreamFeed, url: "/workstreams/99/feed.xml", params: { number: "99" }, status: 404 },
    { handler: getWorkstreamFeed, url: "/workstreams/3/feed.xml?x=1", params: { number: "3" }, status: 400 },
  ],
};

async function loadDocument(): Promise<Doc> {
  return (await (await call(getOpenApi, "/api/v1/openapi.json")).json()) as Doc;
}

function validatorFor(doc: Doc) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  for (const [id, schema] of Object.entries(doc.components.schemas)) {
    ajv.addSchema(schema as object, `#/components/schemas/${id}`);
  }
  return ajv;
}

/** The documented response for a status, following a `$ref` to components/responses. */
function documented(doc: Doc, path: string, status: number): Described | undefined {
  const response = doc.paths[path]!.get.responses[String(status)];
  if (!response) return undefined;
  const resolved = "$ref" in response ? doc.components.responses[response.$ref.split("/").pop()!]! : response;
  return resolved as Described;
}

describe.each(DRIVERS)("the open-data API keeps to its OpenAPI document, on %s", (driver) => {
  let handle: DbHandle;
  let doc: Doc;
  beforeAll(async () => {
    handle = await apiDatabase(driver);
    doc = await loadDocument();
  });
  afterAll(async () => handle?.close());

  it("calls every documented path, and each documented error status at least once", () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(doc.paths).sort());
    for (const [path, cases] of Object.entries(CASES)) {
      const statuses = new Set(cases.map((c) => String(c.status)));
      // 500 cannot be provoked without breaking the database; 304 is tested in caching-and-errors.
      const expected = Object.keys(doc.paths[path]!.get.responses).filter((s) => !["304", "500"].includes(s));
      expect([...statuses].sort(), path).toEqual(expected.sort());
    }
  });

  it("answers every call with a documented status, content type and body", async () => {
    const ajv = validatorFor(doc);
    for (const [path, cases] of Object.entries(CASES)) {
      for (const c of cases) {
        const response = await c.handler(new Request(`http://localhost${c.url}`), {
          params: Promise.resolve(c.params ?? {}) as Promise<never>,
        });
        expect(response.status, c.url).toBe(c.status);
        const spec = documented(doc, path, c.status);
        expect(spec, `${c.url}: status ${c.status} is documented`).toBeDefined();
        const [mediaType, media] = Object.entries(spec!.content ?? {})[0]!;
        expect(response.headers.get("content-type"), c.url).toContain(mediaType);
        const schema = media.schema;
        if (mediaType !== "application/json" || !schema) continue;
        const body: unknown = await response.json();
        const validate = schema.$ref ? ajv.getSchema(schema.$ref)! : ajv.compile(schema);
        const valid = validate(body);
        expect(valid ? [] : validate.errors, `${c.url} matches ${schema.$ref ?? "its schema"}`).toEqual([]);
      }
    }
  });

  it("refuses a response with a field the document does not declare", async () => {
    const ajv = validatorFor(doc);
    const { action } = (await (
      await getAction(new Request("http://localhost/api/v1/actions/1.1"), { params: Promise.resolve({ code: "1.1" }) })
    ).json()) as { action: Record<string, unknown> };
    const validate = ajv.getSchema("#/components/schemas/ActionDetail")!;
    expect(validate(action)).toBe(true);
    expect(validate({ ...action, internalNotes: "never published" })).toBe(false);
    expect(validate({ ...action, overdueDays: 0 })).toBe(false);
  });
});
