import ExcelJS from "exceljs";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { setDatabaseHandle } from "@/lib/dal/db";
import { checkPlanUpload, exportPlan, loadPlanImport } from "@/lib/dal/plan-spreadsheet";
import { isPlanFileRefused } from "@/lib/plan-spreadsheet";
import { ANONYMOUS } from "@/lib/permissions/actor";
import { DRIVERS, seededDatabase } from "../../support/databases";
import { actorFor, expectWorkflowError, userActor } from "../workflow/support";

async function importsCount(db: Db) {
  const [row] = await db.select({ n: count() }).from(t.planImports);
  return row!.n;
}

/** The exported workbook with the cell under `header` in the row whose first cell is `key` set to `value`. */
async function edit(xlsx: Buffer, sheet: string, key: string, header: string, value: ExcelJS.CellValue) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  const column = (ws.getRow(1).values as unknown[]).indexOf(header);
  ws.eachRow((row, n) => {
    if (n > 1 && String(row.getCell(1).value) === key) row.getCell(column).value = value;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe.each(DRIVERS)("the plan spreadsheet on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
  });
  afterAll(async () => handle?.close());

  it("exports the whole plan and reads it back with no changes, in all three formats", async () => {
    const monitor = await userActor(handle.db, "monitor");
    for (const format of ["xlsx", "csv", "json"] as const) {
      const file = await exportPlan(monitor, format);
      const checked = await checkPlanUpload(monitor, { fileName: file.fileName, bytes: file.body });
      expect(checked).toMatchObject({ problemTotal: 0, changeCount: 0 });
      const preview = await loadPlanImport(monitor, checked.id);
      const actions = preview.diff.find((d) => d.sheet === "actions")!;
      const [all] = await handle.db.select({ n: count() }).from(t.actions);
      expect(actions.unchanged).toBe(all!.n);
    }
  });

  it("keeps macrons: a te reo Māori title changed in the workbook shows as that one change", async () => {
    const monitor = await userActor(handle.db, "monitor");
    const file = await exportPlan(monitor, "xlsx");
    const bytes = await edit(file.body, "actions", "1.4", "title_mi", "Te whakapai ake i ngā ratonga ā-whānau");
    const checked = await checkPlanUpload(monitor, { fileName: "revised.xlsx", bytes });
    const preview = await loadPlanImport(monitor, checked.id);
    expect(preview.problems).toEqual([]);
    expect(preview.diff.find((d) => d.sheet === "actions")!.change).toEqual([
      {
        row: expect.any(Number),
        key: "1.4",
        fields: [{ column: "title_mi", before: expect.any(String), after: "Te whakapai ake i ngā ratonga ā-whānau" }],
      },
    ]);
    expect(preview.state).toBe("checked");
    const [stored] = await handle.db.select().from(t.planImports).where(eq(t.planImports.id, checked.id));
    expect(Buffer.from(stored!.content).equals(Buffer.from(bytes))).toBe(true);
    const [audit] = await handle.db.select().from(t.auditEvents).where(eq(t.auditEvents.entityId, checked.id));
    expect(audit).toMatchObject({ event: "plan_import.checked", entity: "plan_import" });
  });

  it("names each problem by sheet, row and column, and changes nothing in the plan", async () => {
    const monitor = await userActor(handle.db, "monitor");
    const file = await exportPlan(monitor, "xlsx");
    const bytes = await edit(file.body, "actions", "1.4", "lead_agency", "NOBODY");
    const before = await handle.db.select().from(t.actions).where(eq(t.actions.code, "1.4"));
    const checked = await checkPlanUpload(monitor, { fileName: "bad.xlsx", bytes });
    const preview = await loadPlanImport(monitor, checked.id);
    expect(preview.problems).toEqual([
      { sheet: "actions", row: expect.any(Number), column: "lead_agency", message: expect.stringContaining("NOBODY") },
    ]);
    expect(await handle.db.select().from(t.actions).where(eq(t.actions.code, "1.4"))).toEqual(before);
  });

  it("refuses a file that is not a spreadsheet and keeps nothing", async () => {
    const monitor = await userActor(handle.db, "monitor");
    const before = await importsCount(handle.db);
    const error = await checkPlanUpload(monitor, {
      fileName: "notes.txt",
      bytes: new TextEncoder().encode("Kia ora, this is not a plan"),
    }).catch((e: unknown) => e);
    expect(isPlanFileRefused(error) && error.code).toBe("not_spreadsheet");
    expect(await importsCount(handle.db)).toBe(before);
  });

  it("lets administrators and monitors export, and nobody else", async () => {
    const admin = await userActor(handle.db, "admin");
    expect((await exportPlan(admin, "json")).fileName).toMatch(/^mahere-plan-\d{4}-\d{2}-\d{2}\.json$/);
    await expectWorkflowError(exportPlan(await actorFor(handle.db, "leadStaff"), "xlsx"), "forbidden");
    await expectWorkflowError(exportPlan(ANONYMOUS, "xlsx"), "forbidden");
    await expectWorkflowError(
      checkPlanUpload(await actorFor(handle.db, "ownApprover"), { fileName: "x", bytes: new Uint8Array([1]) }),
      "forbidden",
    );
  });
});
