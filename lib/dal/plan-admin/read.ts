import "server-only";
import { asc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import {
  FIELDS,
  formValuesOf,
  parseKey,
  type ItemFields,
  type ItemFormValues,
  type PlanEntity,
  type PlanSnapshot,
} from "@/lib/plan-changes";
import type { Actor } from "@/lib/permissions/actor";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import { requireAdminRight } from "../admin-access";
import { getDb } from "../db";
import { currentPlanId } from "../indicators-admin/references";
import { findDraft, loadDraftedPlan, proposedChanges } from "../plan-changes";
import { notFound } from "../updates/errors";
import type { Queryable } from "../updates/tx";

type Entry = { key: string; title: string };
export type ActionEntry = Entry & { planState: string; supersededBy: string[] };

export type PlanOverview = {
  draft: { version: string; changes: number } | null;
  focusAreas: Entry[];
  recommendations: Entry[];
  workstreams: (Entry & { actions: ActionEntry[] })[];
};

const byKey = (a: { key: string }, b: { key: string }) => compareActionCodes(a.key, b.key);
const entries = (items: Map<string, ItemFields>, label: (f: ItemFields) => unknown = (f) => f.title): Entry[] =>
  [...items].map(([key, f]) => ({ key, title: String(label(f)) })).sort(byKey);

async function planContext(q: Queryable) {
  const planId = await currentPlanId(q);
  if (planId === null) throw notFound("plan");
  const [plan, draft] = await Promise.all([loadDraftedPlan(q, planId), findDraft(q, planId)]);
  return { planId, plan, draft };
}

/** The plan as the draft leaves it, for browsing: every item by key, actions under their workstreams. */
export async function getPlanOverview(actor: Actor): Promise<PlanOverview> {
  requireAdminRight(actor, "manage_plan");
  const db = await getDb();
  const { plan, draft } = await planContext(db);
  const actions = [...plan.items.action].map(([key, f]) => ({
    key,
    title: String(f.title),
    workstream: String(f.workstream),
    planState: String(f.planState),
    supersededBy: (f.supersededBy as string[]) ?? [],
  }));
  return {
    draft: draft && { version: draft.version, changes: (await proposedChanges(db, draft.id)).length },
    focusAreas: entries(plan.items.focus_area),
    recommendations: entries(plan.items.recommendation),
    workstreams: entries(plan.items.workstream).map((w) => ({
      ...w,
      actions: actions.filter((a) => a.workstream === w.key).sort(byKey),
    })),
  };
}

export type Option = { value: string; label: string };

export type ItemForEdit = {
  entity: PlanEntity;
  key: string;
  isNew: boolean;
  values: ItemFormValues;
  /** For an action: active, not proceeding or superseded (then by which codes). */
  planState: string | null;
  supersededBy: string[];
  /** Choices for reference fields, by what they refer to. */
  options: Record<"focus_area" | "workstream" | "recommendation" | "agency", Option[]>;
  /** For an action: its milestones, criteria and dependencies as the draft leaves them. */
  parts: { milestones: Entry[]; criteria: Entry[]; waitsFor: string[]; neededBy: string[] } | null;
  /** A key to suggest for a new item. */
  suggestedKey: string;
};

function nextNumber(keys: Iterable<string>): number {
  return Math.max(0, ...[...keys].map((k) => Number(k.split(/[./MC]+/).pop()))) + 1;
}

function suggestKey(plan: PlanSnapshot, entity: PlanEntity, under: string | null): string {
  if (entity === "dependency") return "";
  if (entity === "action") {
    const ws = under ?? "1";
    const codes = [...plan.items.action.keys()].filter((c) => c.startsWith(`${ws}.`));
    return `${ws}.${nextNumber(codes)}`;
  }
  if (entity === "milestone" || entity === "criterion") {
    const code = under ?? "1.1";
    const prefix = `${code}/${entity === "milestone" ? "M" : "C"}`;
    return `${prefix}${nextNumber([...plan.items[entity].keys()].filter((k) => k.startsWith(prefix)))}`;
  }
  return String(nextNumber(plan.items[entity].keys()));
}

/** One plan item (or a blank one, with `key` "new") with the choices its form offers. */
export async function getItemForEdit(
  actor: Actor,
  entity: PlanEntity,
  key: string,
  under: string | null = null,
): Promise<ItemForEdit> {
  requireAdminRight(actor, "manage_plan");
  if (entity === "dependency") throw notFound("plan item");
  const db = await getDb();
  const { plan } = await planContext(db);
  const isNew = key === "new";
  const fields = isNew ? null : plan.items[entity].get(key);
  if (!isNew && !fields) throw notFound("plan item");
  const agencies = await db
    .select({
      slug: t.agencies.slug,
      acronym: t.agencies.acronym,
      name: t.agencies.name,
      retiredAt: t.agencies.retiredAt,
    })
    .from(t.agencies)
    .orderBy(asc(t.agencies.acronym));
  const used = new Set([fields?.leadAgency, ...((fields?.contributors as string[] | undefined) ?? [])]);
  const values = formValuesOf(entity, fields ?? null);
  if (isNew && under && entity === "action") values.workstream = under;
  const code = entity === "action" ? key : (parseKey(entity, key) as { action?: string } | null)?.action;
  const deps = [...plan.dependencies].map((d) => d.split(":") as [string, string]);
  return {
    entity,
    key: isNew ? "" : key,
    isNew,
    values,
    planState: fields && entity === "action" ? String(fields.planState) : null,
    supersededBy: (fields?.supersededBy as string[] | undefined) ?? [],
    options: {
      focus_area: entries(plan.items.focus_area).map((e) => ({ value: e.key, label: `${e.key}. ${e.title}` })),
      workstream: entries(plan.items.workstream).map((e) => ({ value: e.key, label: `${e.key}. ${e.title}` })),
      recommendation: entries(plan.items.recommendation).map((e) => ({ value: e.key, label: `${e.key}. ${e.title}` })),
      // Retired agencies are no longer offered, unless the item still names one.
      agency: agencies
        .filter((a) => a.retiredAt === null || used.has(a.slug))
        .map((a) => ({ value: a.slug, label: `${a.acronym}: ${a.name}` })),
    },
    parts:
      entity === "action" && !isNew && code
        ? {
            milestones: entries(plan.items.milestone).filter((m) => m.key.startsWith(`${code}/`)),
            criteria: entries(plan.items.criterion, (f) => f.description).filter((m) => m.key.startsWith(`${code}/`)),
            waitsFor: deps
              .filter(([a]) => a === code)
              .map(([, p]) => p)
              .sort(compareActionCodes),
            neededBy: deps
              .filter(([, p]) => p === code)
              .map(([a]) => a)
              .sort(compareActionCodes),
          }
        : null,
    suggestedKey: isNew ? suggestKey(plan, entity, under) : key,
  };
}

export type DraftChangeView = {
  id: number;
  kind: string;
  entity: PlanEntity;
  key: string;
  summary: string;
  reason: string;
  fields: { name: string; before: unknown; after: unknown }[];
  requestedBy: string | null;
  requestedAt: string;
};

/** The draft version's proposed changes, in the order approval applies them. */
export async function getDraftReview(actor: Actor): Promise<{ version: string; changes: DraftChangeView[] } | null> {
  requireAdminRight(actor, "manage_plan");
  const db = await getDb();
  const planId = await currentPlanId(db);
  const draft = planId === null ? null : await findDraft(db, planId);
  if (!draft) return null;
  const rows = await db
    .select({ request: t.changeRequests, requestedBy: t.users.name })
    .from(t.changeRequests)
    .leftJoin(t.users, eq(t.users.id, t.changeRequests.requestedById))
    .where(eq(t.changeRequests.planVersionId, draft.id))
    .orderBy(asc(t.changeRequests.id));
  return {
    version: draft.version,
    changes: rows
      .filter((r) => r.request.state === "proposed")
      .map(({ request: r, requestedBy }) => {
        const fields = (r.details as { fields?: Record<string, { before?: unknown; after: unknown }> }).fields ?? {};
        return {
          id: r.id,
          kind: r.kind,
          entity: r.entity as PlanEntity,
          key: r.entityKey ?? "",
          summary: r.summary,
          reason: r.reason,
          fields: Object.entries(fields).map(([name, v]) => ({ name, before: v.before ?? null, after: v.after })),
          requestedBy,
          requestedAt: r.createdAt.toISOString(),
        };
      }),
  };
}

/** The field names of each kind of item, for the pages' labels. */
export const FIELD_NAMES = Object.fromEntries(Object.entries(FIELDS).map(([e, f]) => [e, Object.keys(f)])) as Record<
  PlanEntity,
  string[]
>;
