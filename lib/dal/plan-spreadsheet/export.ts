import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import { emptySheets, EXPORT_TYPES, planFile, type ExportFormat } from "@/lib/plan-spreadsheet";
import { getDb } from "../db";
import { requirePlanSpreadsheet } from "./access";
import { readCurrentPlan } from "./current-plan";

export type PlanDownload = { body: Buffer; fileName: string; contentType: string };

/** The whole current plan in the layout, or (`blank`) the layout with no rows: a template to fill. */
export async function exportPlan(
  actor: Actor,
  format: ExportFormat,
  { blank = false, today = new Date() } = {},
): Promise<PlanDownload> {
  requirePlanSpreadsheet(actor);
  const sheets = blank ? emptySheets() : (await readCurrentPlan(await getDb())).sheets;
  const { extension, contentType } = EXPORT_TYPES[format];
  const name = blank ? "mahere-plan-template" : `mahere-plan-${today.toISOString().slice(0, 10)}`;
  return { body: await planFile(format, sheets), fileName: `${name}.${extension}`, contentType };
}
