import "server-only";
import { and, desc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import type { DryRun, ImportProgress } from "@/lib/plan-spreadsheet";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { notFound } from "../updates/errors";
import { requirePlanSpreadsheet } from "./access";
import { isImportId, planDryRun } from "./current-plan";

export type PlanImportView = DryRun & {
  id: string;
  fileName: string;
  state: "checked" | "applied";
  createdAt: string;
  appliedAt: string | null;
};

const FILE_NAME_MAX = 200;

/**
 * The dry run of an upload: the file is read and checked against the plan, and kept, with what the
 * check found, until someone confirms it. Nothing in the plan changes. A file that cannot be read
 * at all (not a spreadsheet, too large) is refused with PlanFileRefused and not kept.
 */
export async function checkPlanUpload(
  actor: Actor,
  upload: { fileName: string; bytes: Uint8Array },
  progress: ImportProgress = () => {},
): Promise<{ id: string; problemTotal: number; changeCount: number }> {
  const user = requirePlanSpreadsheet(actor);
  const db = await getDb();
  const { planId, result } = await planDryRun(db, upload.bytes, progress);
  const fileName = upload.fileName.slice(0, FILE_NAME_MAX) || "upload";
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.planImports)
      .values({
        planId,
        uploadedById: user.userId,
        fileName,
        format: result.format,
        byteSize: upload.bytes.byteLength,
        content: Buffer.from(upload.bytes),
        problemCount: result.problemTotal,
        changeCount: result.changeCount,
        preview: result,
      })
      .returning({ id: t.planImports.id });
    await recordAudit(tx, {
      actor: user,
      entity: "plan_import",
      entityId: row!.id,
      event: "plan_import.checked",
      after: { fileName, format: result.format, problems: result.problemTotal, changes: result.changeCount },
    });
    return { id: row!.id, problemTotal: result.problemTotal, changeCount: result.changeCount };
  });
}

/** One import's preview, as the dry run (or the last confirmation attempt) found it. */
export async function loadPlanImport(actor: Actor, id: string): Promise<PlanImportView> {
  requirePlanSpreadsheet(actor);
  if (!isImportId(id)) throw notFound("import");
  const db = await getDb();
  const [row] = await db
    .select({
      id: t.planImports.id,
      fileName: t.planImports.fileName,
      state: t.planImports.state,
      preview: t.planImports.preview,
      createdAt: t.planImports.createdAt,
      appliedAt: t.planImports.appliedAt,
    })
    .from(t.planImports)
    .where(eq(t.planImports.id, id));
  if (!row) throw notFound("import");
  return {
    ...(row.preview as DryRun),
    id: row.id,
    fileName: row.fileName,
    state: row.state,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt?.toISOString() ?? null,
  };
}

/** The actor's most recent uploads, newest first, for the import page. */
export async function listRecentImports(actor: Actor, limit = 5) {
  const user = requirePlanSpreadsheet(actor);
  const db = await getDb();
  return db
    .select({
      id: t.planImports.id,
      fileName: t.planImports.fileName,
      state: t.planImports.state,
      problemCount: t.planImports.problemCount,
      changeCount: t.planImports.changeCount,
      createdAt: t.planImports.createdAt,
    })
    .from(t.planImports)
    .where(and(eq(t.planImports.uploadedById, user.userId)))
    .orderBy(desc(t.planImports.createdAt))
    .limit(limit);
}
