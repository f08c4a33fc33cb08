/**
 * The OpenAPI 3.1 description of the open-data API, served at /api/v1/openapi.json. Its response
 * schemas are generated from the zod schemas the routes' bodies are typed with (schemas.ts), and its
 * filter values come from the same vocabulary lists as the validation, so neither can drift.
 */
import { z } from "zod";
import { CONFIDENCE_FILTERS, STAGE_FILTERS } from "@/lib/public/filter-actions";
import { PAGE_SIZE } from "../update-pages";
import { apiSchemas } from "./schemas";

type Obj = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const query = (name: string, description: string, schema: Obj) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});

const caching = {
  ETag: { description: "Strong validator; send it back in If-None-Match", schema: { type: "string" } },
  "Last-Modified": { description: "Newest publishedAt in the data", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string", examples: ["public, max-age=60"] } },
};
const conditional = [
  { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } },
  { name: "If-Modified-Since", in: "header", required: false, schema: { type: "string" } },
];
const ERROR_RESPONSES: Record<string, string> = { "400": "BadRequest", "404": "NotFound", "500": "Internal" };
const errors = (...codes: string[]) =>
  Object.fromEntries(codes.map((code) => [code, { $ref: `#/components/responses/${ERROR_RESPONSES[code]}` }]));

type Operation = {
  /** Unique across the document: client generators name their methods after it. */
  operationId: string;
  summary: string;
  tag: "Plan" | "Updates" | "Indicators" | "Feeds" | "About";
  ok: Obj;
  parameters?: Obj[];
  failures?: string[];
};

function get({ operationId, summary, tag, ok, parameters = [], failures = ["400", "500"] }: Operation) {
  return {
    get: {
      operationId,
      summary,
      tags: [tag],
      parameters: [...parameters, ...conditional],
      responses: {
        "200": { description: "OK", headers: caching, content: ok },
        "304": { description: "Not modified: your copy (ETag or date) is current; no body" },
        ...errors(...failures),
      },
    },
  };
}

const json = (schema: string) => ({ "application/json": { schema: ref(schema) } });
const csv = (columns: string) => ({
  "text/csv": { schema: { type: "string", description: `UTF-8 with BOM, RFC 4180, CRLF. Columns: ${columns}` } },
});
const atom = { "application/atom+xml": { schema: { type: "string" } } };

const actionColumns =
  "code, title, title_mi, workstream, lead_agency, contributing_agencies, foundational, stage, confidence, system_state, progress_percent, baseline_due, forecast_due, overdue_days, provenance";
const filters = [
  query("q", "Full-text search (macrons optional: whanau finds whānau); results best match first", {
    type: "string",
    maxLength: 200,
  }),
  query("workstream", "Workstream number", { type: "integer", minimum: 1 }),
  query("agency", "Agency slug; matches lead or contributing agency", { type: "string", pattern: "^[a-z][a-z0-9-]*$" }),
  query("stage", "Latest published stage, or not_yet_reported", { type: "string", enum: [...STAGE_FILTERS] }),
  query("confidence", "Latest published confidence, or not_yet_reported / stale", {
    type: "string",
    enum: [...CONFIDENCE_FILTERS],
  }),
];
const pageParameters = [
  query("limit", `Updates per page, 1 to ${PAGE_SIZE.max} (default ${PAGE_SIZE.default})`, {
    type: "integer",
    minimum: 1,
    maximum: PAGE_SIZE.max,
  }),
  query("cursor", "Where the page starts: copy it from the previous page's next address; opaque", {
    type: "string",
    maxLength: 200,
  }),
];
const since = query(
  "since",
  "Only updates published at or after this: a date (midnight New Zealand time) or an ISO timestamp with a zone",
  { type: "string", examples: ["2026-07-01", "2026-07-01T00:00:00Z"] },
);

const codeParameter = {
  name: "code",
  in: "path",
  required: true,
  description: "Action code, e.g. 3.2",
  schema: { type: "string", pattern: "^\\d+\\.\\d+$" },
};
const workstreamParameter = {
  name: "number",
  in: "path",
  required: true,
  description: "Workstream number",
  schema: { type: "integer", minimum: 1 },
};
const updateColumns =
  "id, action_code, period, published_at, agency, stage, confidence, narrative, risks, next_steps, explanation, recovery_step, not_proceeding_reason, forecast_due, milestones_completed, evidence";
const indicatorColumns =
  "indicator_code, indicator_title, unit, period, period_starts_on, breakdown_kind, breakdown, value";

/**
 * The components generated from the zod schemas: `$schema` and `$id` are dropped (the document
 * itself is the schema dialect's home), and so are the long regular expressions zod adds to date
 * formats, since `format` already says it.
 */
function componentSchemas(): Record<string, Obj> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === "date" || jsonSchema.format === "date-time") delete jsonSchema.pattern;
    },
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as Obj;
      return [id, rest];
    }),
  );
}

export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Mahere open data API",
      version: "1.0.0",
      description:
        "Published content of the National Careers System Strategy Action Plan tracker. Drafts, submitted and scheduled updates and internal notes are never included. Unknown query parameters are refused with 400. No key or sign-in is needed.",
      license: { name: "Creative Commons Attribution 4.0 International", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: origin, description: "This deployment" }],
    // Open data: no operation needs credentials.
    security: [],
    tags: [
      { name: "Plan", description: "The plan's structure and every action's published status" },
      { name: "Updates", description: "Published progress updates" },
      { name: "Indicators", description: "Monitoring-framework indicators and their readings" },
      { name: "Feeds", description: "Atom feeds of published updates" },
      { name: "About", description: "This description of the API" },
    ],
    paths: {
      "/api/v1/plan": get({
        operationId: "getPlan",
        summary: "The plan: focus areas, recommendations, workstreams and actions",
        tag: "Plan",
        ok: json("Plan"),
      }),
      "/api/v1/plan.csv": get({
        operationId: "getPlanCsv",
        summary: "Every action of the plan, one row each",
        tag: "Plan",
        ok: csv(actionColumns),
      }),
      "/api/v1/actions": get({
        operationId: "listActions",
        summary: "Actions, filtered",
        tag: "Plan",
        ok: json("ActionList"),
        parameters: filters,
      }),
      "/api/v1/actions.csv": get({
        operationId: "listActionsCsv",
        summary: "Actions, filtered, as CSV",
        tag: "Plan",
        ok: csv(actionColumns),
        parameters: filters,
      }),
      "/api/v1/actions/{code}": get({
        operationId: "getAction",
        summary: "One action with milestones, criteria, dependencies, status and published updates",
        tag: "Plan",
        ok: json("ActionResponse"),
        parameters: [codeParameter],
        failures: ["400", "404", "500"],
      }),
      "/api/v1/updates": get({
        operationId: "listUpdates",
        summary: "Published updates, newest first, a page at a time",
        tag: "Updates",
        ok: json("UpdateList"),
        parameters: [
          since,
          query("action", "Only this action's updates, by action code", { type: "string", pattern: "^\\d+\\.\\d+$" }),
          ...pageParameters,
        ],
      }),
      "/api/v1/updates.csv": get({
        operationId: "listUpdatesCsv",
        summary: "Published updates as CSV",
        tag: "Updates",
        ok: csv(updateColumns),
        parameters: [since],
      }),
      "/api/v1/indicators": get({
        operationId: "listIndicators",
        summary: "Indicators with baselines, targets and readings",
        tag: "Indicators",
        ok: json("IndicatorList"),
      }),
      "/api/v1/indicators.csv": get({
        operationId: "listIndicatorReadingsCsv",
        summary: "One row per indicator reading, totals and breakdowns",
        tag: "Indicators",
        ok: csv(indicatorColumns),
      }),
      "/api/v1/openapi.json": get({
        operationId: "getOpenApiDocument",
        summary: "This document",
        tag: "About",
        ok: { "application/json": { schema: { type: "object" } } },
      }),
      "/feed.xml": get({
        operationId: "getFeed",
        summary: "Atom feed of every published update",
        tag: "Feeds",
        ok: atom,
      }),
      "/workstreams/{number}/feed.xml": get({
        operationId: "getWorkstreamFeed",
        summary: "Atom feed of one workstream's published updates",
        tag: "Feeds",
        ok: atom,
        parameters: [workstreamParameter],
        failures: ["400", "404", "500"],
      }),
    },
    components: {
      schemas: componentSchemas(),
      responses: {
        BadRequest: { description: "Bad query or path parameter", content: json("Error") },
        NotFound: { description: "No such item", content: json("Error") },
        Internal: { description: "Server error (details are logged, never returned)", content: json("Error") },
      },
    },
  };
}
