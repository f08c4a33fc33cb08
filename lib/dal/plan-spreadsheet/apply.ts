import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import type { DryRun, ImportProgress } from "@/lib/plan-spreadsheet";
import { planChangesFrom } from "@/lib/plan-spreadsheet/plan-changes-map";
import { requireAdminRight } from "../admin-access";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { addChangesToDraft, PlanChangesRefused } from "../plan-changes";
import { notFound } from "../updates/errors";
import { requirePlanSpreadsheet } from "./access";
import { isImportId, planDryRun } from "./current-plan";

/** Why a checked upload cannot be applied (each has a sentence in messages: admin.planImport.refused). */
export class PlanImportRefused extends Error {
  constructor(
    readonly code: "has_problems" | "plan_changed" | "already_applied",
    /** The dry run as the plan now makes it, kept as the new preview. */
    readonly fresh?: DryRun,
  ) {
    super(code);
    this.name = "PlanImportRefused";
  }
}

/** Change requests recorded per call of the contract: the progress bar moves between them. */
const BATCH = 1000;

/** Deep equality of two previews' comparisons (jsonb does not keep key order). */
function sameDiff(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * Applies a checked upload in one transaction: the kept file is checked again against the plan as
 * it now is, and must find exactly what the preview showed; its changes then become change requests
 * in the draft of the next plan version (through the plan-change contract, which checks them once
 * more), the upload is marked applied, and the whole is audited. Any refusal or failure leaves
 * nothing behind; when the plan changed meanwhile, the preview is renewed for the person to look at.
 */
export async function applyPlanImport(
  actor: Actor,
  id: string,
  reason: string,
  progress: ImportProgress = () => {},
): Promise<{ changeRequests: number; version: string | null }> {
  requirePlanSpreadsheet(actor);
  // Applying proposes changes to the plan: the plan editors' right, not only the spreadsheet's.
  const user = requireAdminRight(actor, "manage_plan");
  if (!isImportId(id)) throw notFound("import");
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.select().from(t.planImports).where(eq(t.planImports.id, id)).for("update");
      if (!row) throw notFound("import");
      if (row.state === "applied") throw new PlanImportRefused("already_applied");
      const { planId, result: fresh } = await planDryRun(tx, row.content, (_phase, f) => progress("check", f));
      const before = row.preview as DryRun;
      if (!sameDiff(fresh.diff, before.diff) || fresh.problemTotal !== before.problemTotal)
        throw new PlanImportRefused("plan_changed", fresh);
      if (fresh.problemTotal > 0) throw new PlanImportRefused("has_problems");
      const { changes } = planChangesFrom(fresh.diff, reason);
      let version: string | null = null;
      for (let i = 0; i < changes.length; i += BATCH) {
        const added = await addChangesToDraft(tx, { planId, changes: changes.slice(i, i + BATCH), actor: user });
        version = added.version;
        progress("apply", Math.min(1, (i + BATCH) / changes.length));
      }
      const now = new Date();
      await tx
        .update(t.planImports)
        .set({ state: "applied", appliedAt: now, updatedAt: now })
        .where(eq(t.planImports.id, id));
      await recordAudit(tx, {
        actor: user,
        entity: "plan_import",
        entityId: id,
        event: "plan_import.applied",
        after: { fileName: row.fileName, changeRequests: changes.length, version },
        reason,
        at: now,
      });
      return { changeRequests: changes.length, version };
    });
  } catch (error) {
    if (error instanceof PlanImportRefused && error.fresh) {
      const fresh = error.fresh;
      await db
        .update(t.planImports)
        .set({
          preview: fresh,
          problemCount: fresh.problemTotal,
          changeCount: fresh.changeCount,
          updatedAt: new Date(),
        })
        .where(eq(t.planImports.id, id));
    }
    if (error instanceof PlanChangesRefused) throw new PlanImportRefused("plan_changed");
    throw error;
  }
}
