/** JSON Schemas (OpenAPI 3.1, JSON Schema 2020-12) for the open-data API's responses. */
import { CONFIDENCES, INDICATOR_DIRECTIONS, PROVENANCES, STAGES, SYSTEM_STATES } from "@/lib/status/vocabulary";

type Schema = Record<string, unknown>;

const str: Schema = { type: "string" };
const int: Schema = { type: "integer" };
const bool: Schema = { type: "boolean" };
const date: Schema = { type: "string", format: "date" };
const dateTime: Schema = { type: "string", format: "date-time" };
const nullable = (s: Schema): Schema => ({ ...s, type: [s.type, "null"] });
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (items: Schema): Schema => ({ type: "array", items });
const object = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: "object",
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
});

const stage = { type: "string", enum: [...STAGES] };
const confidence = { type: "string", enum: [...CONFIDENCES] };
const agencyRef = object({ slug: str, name: str });

const actionSummary = object({
  code: { type: "string", pattern: "^\\d+\\.\\d+$", examples: ["3.2"] },
  title: str,
  titleMi: nullable(str),
  workstream: int,
  leadAgency: { ...str, description: "Agency slug" },
  contributingAgencies: arrayOf(str),
  foundational: bool,
  stage: { type: ["string", "null"], enum: [...STAGES, null] },
  confidence: { type: ["string", "null"], enum: [...CONFIDENCES, null] },
  systemState: { type: "string", enum: [...SYSTEM_STATES] },
  progress: {
    type: ["number", "null"],
    minimum: 0,
    maximum: 100,
    description: "Percent of milestones done; null when the action has not reported or has no milestones",
  },
  baselineDue: date,
  forecastDue: nullable(date),
  overdueDays: {
    type: ["integer", "null"],
    minimum: 1,
    description:
      "Days past the due date (forecast, else baseline) today in New Zealand; null when not overdue, finished or not proceeding",
  },
  provenance: { type: "string", enum: [...PROVENANCES] },
});

const linkedAction = object({
  code: str,
  title: str,
  baselineStart: date,
  baselineDue: date,
  forecastDue: nullable(date),
  slipWarning: { ...bool, description: "The earlier action is due (forecast, else baseline) after the later starts" },
});

const update = object({
  id: int,
  actionCode: str,
  period: nullable(str),
  publishedAt: dateTime,
  agency: str,
  stage,
  confidence: { type: ["string", "null"], enum: [...CONFIDENCES, null] },
  narrative: str,
  risks: str,
  nextSteps: str,
  explanation: nullable(str),
  recoveryStep: nullable(str),
  notProceedingReason: nullable(str),
  forecastDue: nullable(date),
  evidence: arrayOf(object({ title: str, url: nullable(str), documentReference: nullable(str) })),
  milestonesCompleted: arrayOf(int),
});

const actionDetail: Schema = {
  allOf: [
    ref("ActionSummary"),
    object({
      description: str,
      sourceUrl: nullable(str),
      baselineStart: date,
      slipDays: int,
      recommendations: arrayOf(int),
      milestones: arrayOf(
        object({
          position: int,
          title: str,
          baselineDue: date,
          forecastDue: nullable(date),
          completedOn: nullable(date),
          overdueDays: { type: ["integer", "null"], minimum: 1, description: "As for the action, per milestone" },
        }),
      ),
      criteria: arrayOf(
        object({
          position: int,
          description: str,
          met: bool,
          evidenceUrl: nullable(str),
          evidenceReference: nullable(str),
        }),
      ),
      predecessors: arrayOf(ref("LinkedAction")),
      successors: arrayOf(ref("LinkedAction")),
      status: object({
        stage: { type: ["string", "null"], enum: [...STAGES, null] },
        confidence: { type: ["string", "null"], enum: [...CONFIDENCES, null] },
        systemState: { type: "string", enum: [...SYSTEM_STATES] },
        period: nullable(str),
        publishedAt: nullable(dateTime),
        explanation: nullable(str),
        recoveryStep: nullable(str),
        notProceedingReason: nullable(str),
      }),
      updates: arrayOf(ref("Update")),
    }),
  ],
};

const numbered = { number: int, title: str };
const plan = object({
  plan: object({ title: str, titleMi: nullable(str), version: str, asAt: dateTime }),
  focusAreas: arrayOf(object({ ...numbered, titleMi: nullable(str), description: str, provenance: str })),
  recommendations: arrayOf(object({ ...numbered, focusArea: int, workstreams: arrayOf(int), provenance: str })),
  workstreams: arrayOf(object({ ...numbered, leadAgency: agencyRef, recommendations: arrayOf(int), provenance: str })),
  actions: arrayOf(ref("ActionSummary")),
});

const numberMap = { type: "object", additionalProperties: { type: "number" } };
const indicator = object({
  code: str,
  title: str,
  titleMi: nullable(str),
  description: str,
  unit: str,
  direction: { type: "string", enum: [...INDICATOR_DIRECTIONS] },
  baseline: object({ value: { type: "number" }, date }),
  target: object({ value: { type: "number" }, date }),
  dataSource: str,
  ownerAgency: agencyRef,
  actions: arrayOf(str),
  recommendations: arrayOf(int),
  provenance: str,
  sourceUrl: nullable(str),
  readings: arrayOf(
    object({
      period: str,
      periodStartsOn: date,
      value: { type: ["number", "null"] },
      note: nullable(str),
      breakdowns: object({ populationGroup: numberMap, region: numberMap }),
    }),
  ),
});

const error = object({
  error: object(
    {
      code: { type: "string", enum: ["invalid_query", "invalid_parameter", "not_found", "internal"] },
      message: str,
      fields: {
        type: "object",
        description: "Messages for each query parameter that was refused",
        additionalProperties: arrayOf(str),
      },
    },
    ["fields"],
  ),
});

export const schemas: Record<string, Schema> = {
  Stage: stage,
  Confidence: confidence,
  ActionSummary: actionSummary,
  LinkedAction: linkedAction,
  ActionDetail: actionDetail,
  Update: update,
  Plan: plan,
  ActionList: object({ asAt: dateTime, count: int, actions: arrayOf(ref("ActionSummary")) }),
  ActionResponse: object({ asAt: dateTime, action: ref("ActionDetail") }),
  UpdateList: object({ asAt: dateTime, since: nullable(dateTime), count: int, updates: arrayOf(ref("Update")) }),
  Indicator: indicator,
  IndicatorList: object({ asAt: dateTime, count: int, indicators: arrayOf(ref("Indicator")) }),
  Error: error,
};
