import "server-only";
import { and, desc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { UserActor } from "@/lib/permissions/actor";
import type { UpdateState } from "@/lib/status/vocabulary";
import type { Content } from "./content";
import { WorkflowError } from "./errors";
import type { UpdateRow } from "./load";
import type { MutationResult } from "./result";
import type { Tx } from "./tx";

const NOW_PHRASE: Record<UpdateState, string> = {
  draft: "still a draft",
  submitted: "now submitted",
  agency_approved: "now approved by the agency",
  changes_requested: "now returned for changes",
  withdrawn: "now withdrawn",
  published: "now published",
};

const timeOfDay = new Intl.DateTimeFormat("en-NZ", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Pacific/Auckland",
});
const dayOfYear = new Intl.DateTimeFormat("en-NZ", { day: "numeric", month: "long", timeZone: "Pacific/Auckland" });

function when(at: Date, now: Date): string {
  const day = dayOfYear.format(at);
  return day === dayOfYear.format(now) ? timeOfDay.format(at) : `${timeOfDay.format(at)} on ${day}`;
}

/** JSON with object keys sorted: jsonb does not keep the order they were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Whether the step being repeated carried the same content as the one recorded (if any). */
function sameContent(after: unknown, content: Content | null | undefined): boolean {
  if (content === undefined) return true; // a step without content (approve, publish…)
  if (content === null || typeof after !== "object" || after === null) return false;
  const recorded = after as Record<string, unknown>;
  const fieldsMatch = Object.entries(content.fields).every(([k, v]) => canonical(recorded[k]) === canonical(v));
  return fieldsMatch && canonical(recorded.children) === canonical(content.children);
}

/**
 * The caller's copy is older than the row. If the newest audit event is this very step, by this
 * person, from the version they started on, with the same content, it is a repeat (a double
 * click) and succeeds without writing. Otherwise it is a stale edit: refused, saying who changed
 * it, when, and to what. `content` is undefined for steps without content, null when the repeated
 * input could not be read.
 */
export async function resolveStale(
  tx: Tx,
  actor: UserActor,
  current: UpdateRow,
  expectedVersion: number,
  auditEvent: string,
  now: Date,
  content?: Content | null,
): Promise<MutationResult> {
  const [last] = await tx
    .select({
      event: t.auditEvents.event,
      actorId: t.auditEvents.actorId,
      before: t.auditEvents.before,
      after: t.auditEvents.after,
    })
    .from(t.auditEvents)
    .where(and(eq(t.auditEvents.entity, "progress_update"), eq(t.auditEvents.entityId, String(current.id))))
    .orderBy(desc(t.auditEvents.id))
    .limit(1);
  const lastVersion = (last?.before as { version?: unknown } | null)?.version;
  if (
    last &&
    last.event === auditEvent &&
    last.actorId === actor.userId &&
    lastVersion === expectedVersion &&
    sameContent(last.after, content)
  ) {
    return { updateId: current.id, version: current.version, state: current.state as UpdateState, replayed: true };
  }
  const who = last?.actorId === actor.userId ? "by you in another window" : "by someone else";
  throw new WorkflowError(
    "conflict",
    `This update was changed ${who} at ${when(current.updatedAt, now)} (${NOW_PHRASE[current.state as UpdateState]}). ` +
      "Your edits were not saved: reload to see the latest version.",
  );
}
