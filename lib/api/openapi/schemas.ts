/**
 * The open-data API's responses, defined once as zod schemas. The TypeScript types the routes build
 * their bodies with are inferred from them, and the OpenAPI document's components are generated from
 * them (document.ts), so the contract and the responses cannot drift apart. An integration test
 * validates every route's real response against the generated document.
 */
import { z } from "zod";
import {
  CONFIDENCES,
  INDICATOR_DIRECTIONS,
  POPULATION_GROUPS,
  PROVENANCES,
  STAGES,
  SYSTEM_STATES,
} from "@/lib/status/vocabulary";

/** The named schemas that become `#/components/schemas/<id>`. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

const named = <T extends z.ZodType>(id: string, schema: T, description?: string): T => {
  apiSchemas.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
};

const date = z.iso.date();
const dateTime = z.iso.datetime({ offset: true });
const count = z.int().min(0);
const stage = z.enum(STAGES);
const confidence = z.enum(CONFIDENCES);
const provenance = z.enum(PROVENANCES);
const actionCode = z
  .string()
  .regex(/^\d+\.\d+$/)
  .meta({ examples: ["3.2"] });
const agencyRef = z.object({ slug: z.string(), name: z.string() });
const overdueDays = (description: string) => z.int().min(1).nullable().meta({ description });

export const Stage = named("Stage", stage);
export const Confidence = named("Confidence", confidence);

export const ActionSummary = named(
  "ActionSummary",
  z.object({
    code: actionCode,
    title: z.string(),
    titleMi: z.string().nullable(),
    workstream: z.int(),
    leadAgency: z.string().meta({ description: "Agency slug" }),
    contributingAgencies: z.array(z.string()),
    foundational: z.boolean(),
    stage: stage.nullable(),
    confidence: confidence.nullable(),
    systemState: z.enum(SYSTEM_STATES),
    progress: z
      .number()
      .min(0)
      .max(100)
      .nullable()
      .meta({ description: "Percent of milestones done; null when the action has not reported or has no milestones" }),
    baselineDue: date,
    forecastDue: date.nullable(),
    overdueDays: overdueDays(
      "Days past the due date (forecast, else baseline) today in New Zealand; null when not overdue, finished or not proceeding",
    ),
    provenance,
  }),
);

export const LinkedAction = named(
  "LinkedAction",
  z.object({
    code: actionCode,
    title: z.string(),
    baselineStart: date,
    baselineDue: date,
    forecastDue: date.nullable(),
    slipWarning: z
      .boolean()
      .meta({ description: "The earlier action is due (forecast, else baseline) after the later starts" }),
  }),
);

export const Evidence = z.object({
  title: z.string(),
  url: z.string().nullable(),
  documentReference: z.string().nullable(),
});

export const Update = named(
  "Update",
  z.object({
    id: z.int(),
    actionCode,
    period: z.string().nullable(),
    publishedAt: dateTime,
    agency: z.string(),
    stage,
    confidence: confidence.nullable(),
    narrative: z.string(),
    risks: z.string(),
    nextSteps: z.string(),
    explanation: z.string().nullable(),
    recoveryStep: z.string().nullable(),
    notProceedingReason: z.string().nullable(),
    forecastDue: date.nullable(),
    evidence: z.array(Evidence),
    milestonesCompleted: z.array(z.int()).meta({ description: "Positions of the milestones this update completed" }),
  }),
);

export const Milestone = z.object({
  position: z.int(),
  title: z.string(),
  baselineDue: date,
  forecastDue: date.nullable(),
  completedOn: date.nullable(),
});

export const Criterion = z.object({
  position: z.int(),
  description: z.string(),
  met: z.boolean(),
  evidenceUrl: z.string().nullable(),
  evidenceReference: z.string().nullable(),
});

export const Status = z.object({
  stage: stage.nullable(),
  confidence: confidence.nullable(),
  systemState: z.enum(SYSTEM_STATES),
  period: z.string().nullable().meta({ description: 'The period of the latest published update, e.g. "2026 Q3"' }),
  publishedAt: dateTime.nullable(),
  explanation: z.string().nullable(),
  recoveryStep: z.string().nullable(),
  notProceedingReason: z.string().nullable(),
});

export const ActionDetail = named(
  "ActionDetail",
  ActionSummary.extend({
    description: z.string(),
    sourceUrl: z.string().nullable(),
    baselineStart: date,
    slipDays: z.int(),
    recommendations: z.array(z.int()),
    milestones: z.array(Milestone.extend({ overdueDays: overdueDays("As for the action, per milestone") })),
    criteria: z.array(Criterion),
    predecessors: z.array(LinkedAction),
    successors: z.array(LinkedAction),
    status: Status,
    updates: z.array(Update).meta({ description: "The newest published updates, at most 20, newest first" }),
    updatesTotal: z.int().min(0).meta({ description: "How many published updates the action has in all" }),
    moreUpdates: z.url().nullable().meta({
      description:
        "The rest of the action's updates, a page at a time (/api/v1/updates?action=…); null when all are here",
    }),
  }),
);

const numbered = { number: z.int(), title: z.string() };

export const Plan = named(
  "Plan",
  z.object({
    plan: z.object({ title: z.string(), titleMi: z.string().nullable(), version: z.string(), asAt: dateTime }),
    focusAreas: z.array(z.object({ ...numbered, titleMi: z.string().nullable(), description: z.string(), provenance })),
    recommendations: z.array(z.object({ ...numbered, focusArea: z.int(), workstreams: z.array(z.int()), provenance })),
    workstreams: z.array(
      z.object({ ...numbered, leadAgency: agencyRef, recommendations: z.array(z.int()), provenance }),
    ),
    actions: z.array(ActionSummary),
  }),
);

const breakdown = <K extends z.ZodType<string>>(key: K) => z.record(key, z.number());

export const IndicatorReading = z.object({
  period: z.string(),
  periodStartsOn: date,
  value: z.number().nullable().meta({ description: "The total; null when only breakdowns were reported" }),
  note: z.string().nullable(),
  breakdowns: z.object({
    populationGroup: z.partialRecord(z.enum(POPULATION_GROUPS), z.number()),
    region: breakdown(z.string()),
  }),
});

export const Indicator = named(
  "Indicator",
  z.object({
    code: z.string(),
    title: z.string(),
    titleMi: z.string().nullable(),
    description: z.string(),
    unit: z.string(),
    direction: z.enum(INDICATOR_DIRECTIONS),
    baseline: z.object({ value: z.number(), date }),
    target: z.object({ value: z.number(), date }),
    dataSource: z.string(),
    ownerAgency: agencyRef,
    actions: z.array(actionCode),
    recommendations: z.array(z.int()),
    provenance,
    sourceUrl: z.string().nullable(),
    readings: z.array(IndicatorReading).meta({ description: "Oldest period first" }),
  }),
);

export const ActionList = named("ActionList", z.object({ asAt: dateTime, count, actions: z.array(ActionSummary) }));
export const ActionResponse = named("ActionResponse", z.object({ asAt: dateTime, action: ActionDetail }));
export const UpdateList = named(
  "UpdateList",
  z.object({
    asAt: dateTime,
    since: dateTime.nullable(),
    total: count.meta({ description: "Updates matching the query, on every page" }),
    count: count.meta({ description: "Updates on this page" }),
    updates: z.array(Update),
    next: z
      .url()
      .nullable()
      .meta({ description: "The next page (also sent as a Link header with rel=next); null on the last page" }),
  }),
);
export const IndicatorList = named(
  "IndicatorList",
  z.object({ asAt: dateTime, count, indicators: z.array(Indicator) }),
);

export const API_ERROR_CODES = ["invalid_query", "invalid_parameter", "not_found", "internal"] as const;

export const ErrorBody = named(
  "Error",
  z.object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string(),
      fields: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: "Messages for each query parameter that was refused" }),
    }),
  }),
);

export type ApiActionSummary = z.infer<typeof ActionSummary>;
export type ApiLinkedAction = z.infer<typeof LinkedAction>;
export type ApiActionDetail = z.infer<typeof ActionDetail>;
export type ApiUpdate = z.infer<typeof Update>;
export type ApiEvidence = z.infer<typeof Evidence>;
export type ApiStatus = z.infer<typeof Status>;
export type ApiMilestone = z.infer<typeof Milestone>;
export type ApiCriterion = z.infer<typeof Criterion>;
export type ApiPlan = z.infer<typeof Plan>;
export type ApiIndicator = z.infer<typeof Indicator>;
export type ApiIndicatorReading = z.infer<typeof IndicatorReading>;
export type ApiActionList = z.infer<typeof ActionList>;
export type ApiActionResponse = z.infer<typeof ActionResponse>;
export type ApiUpdateList = z.infer<typeof UpdateList>;
export type ApiIndicatorList = z.infer<typeof IndicatorList>;
export type ApiErrorBody = z.infer<typeof ErrorBody>;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
