/**
 * The OpenAPI 3.1 description of the open-data API, served at /api/v1/openapi.json. Built from the
 * same vocabulary lists as the validation, so the documented filter values cannot drift.
 */
import { CONFIDENCE_FILTERS, STAGE_FILTERS } from "@/lib/public/filter-actions";
import { schemas } from "./schemas";

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

function get(summary: string, ok: Obj, parameters: Obj[] = [], failures = ["400", "500"]) {
  return {
    get: {
      summary,
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
const since = query(
  "since",
  "Only updates published at or after this: a date (midnight New Zealand time) or an ISO timestamp with a zone",
  { type: "string", examples: ["2026-07-01", "2026-07-01T00:00:00Z"] },
);

export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Mahere open data API",
      version: "1.0.0",
      description:
        "Published content of the National Careers System Strategy Action Plan tracker. Drafts, submitted and scheduled updates and internal notes are never included. Unknown query parameters are refused with 400.",
    },
    servers: [{ url: origin }],
    paths: {
      "/api/v1/plan": get("The plan: focus areas, recommendations, workstreams and actions", json("Plan")),
      "/api/v1/plan.csv": get("Every action of the plan, one row each", csv(actionColumns)),
      "/api/v1/actions": get("Actions, filtered", json("ActionList"), filters),
      "/api/v1/actions.csv": get("Actions, filtered, as CSV", csv(actionColumns), filters),
      "/api/v1/actions/{code}": get(
        "One action with milestones, criteria, dependencies, status and published updates",
        json("ActionResponse"),
        [{ name: "code", in: "path", required: true, schema: { type: "string", pattern: "^\\d+\\.\\d+$" } }],
        ["400", "404", "500"],
      ),
      "/api/v1/updates": get("Published updates, newest first", json("UpdateList"), [since]),
      "/api/v1/updates.csv": get(
        "Published updates as CSV",
        csv(
          "id, action_code, period, published_at, agency, stage, confidence, narrative, risks, next_steps, explanation, recovery_step, not_proceeding_reason, forecast_due, milestones_completed, evidence",
        ),
        [since],
      ),
      "/api/v1/indicators": get("Indicators with baselines, targets and readings", json("IndicatorList")),
      "/api/v1/indicators.csv": get(
        "One row per indicator reading, totals and breakdowns",
        csv("indicator_code, indicator_title, unit, period, period_starts_on, breakdown_kind, breakdown, value"),
      ),
      "/api/v1/openapi.json": {
        get: {
          summary: "This document",
          responses: { "200": { description: "OK", content: { "application/json": {} } } },
        },
      },
      "/feed.xml": get("Atom feed of every published update", atom, [], ["500"]),
      "/workstreams/{number}/feed.xml": get(
        "Atom feed of one workstream's published updates",
        atom,
        [{ name: "number", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        ["404", "500"],
      ),
    },
    components: {
      schemas,
      responses: {
        BadRequest: { description: "Bad query or path parameter", content: json("Error") },
        NotFound: { description: "No such item", content: json("Error") },
        Internal: { description: "Server error (details are logged, never returned)", content: json("Error") },
      },
    },
  };
}
