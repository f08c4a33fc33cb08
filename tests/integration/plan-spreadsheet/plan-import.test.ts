import ExcelJS from "exceljs";
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { setDatabaseHandle } from "@/lib/dal/db";
import {
  applyPlanImport,
  checkPlanUpload,
  exportPlan,
  loadPlanImport,
  PlanImportRefused,
} from "@/lib/dal/plan-spreadsheet";
import { isPlanFileRefused } from "@/lib/plan-spreadsheet";
import { ANONYMOUS, type UserActor } from "@/lib/permissions/actor";
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

describe.each(DRIVERS)("applying a plan import on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
  });
  afterAll(async () => handle?.close());

  const changeRequests = async () =>
    handle.db
      .select()
      .from(t.changeRequests)
      .where(eq(t.changeRequests.state, "proposed"))
      .orderBy(t.changeRequests.id);
  const drafts = async () => handle.db.select().from(t.planVersions).where(eq(t.planVersions.state, "draft"));

  /** A checked upload of the exported plan with action 1.4's te reo Māori title and 1.5's due date changed. */
  async function checkedRevision(monitor: UserActor) {
    const file = await exportPlan(monitor, "xlsx");
    let bytes = await edit(file.body, "actions", "1.4", "title_mi", "Te tūāpapa mō ngā whānau");
    bytes = await edit(Buffer.from(bytes), "actions", "1.5", "baseline_due", new Date("2027-06-30T00:00:00Z"));
    const checked = await checkPlanUpload(monitor, { fileName: "revised.xlsx", bytes });
    expect(checked).toMatchObject({ problemTotal: 0, changeCount: 2 });
    return checked.id;
  }

  it("refuses in one transaction when a change request cannot be written, leaving nothing behind", async () => {
    const monitor = await userActor(handle.db, "monitor");
    const id = await checkedRevision(monitor);
    const before = { requests: await changeRequests(), drafts: await drafts(), imports: await importsCount(handle.db) };
    // The second change request fails in the database, after the draft and the first were written.
    await handle.db.execute(sql`
      create function refuse_second() returns trigger language plpgsql as $$
      begin if new.entity_key = '1.5' then raise exception 'refused for the test'; end if; return new; end $$`);
    await handle.db.execute(
      sql`create trigger refuse_second before insert on change_requests for each row execute function refuse_second()`,
    );
    try {
      await expect(applyPlanImport(monitor, id, "Revised after the review.")).rejects.toThrow();
    } finally {
      await handle.db.execute(sql`drop trigger refuse_second on change_requests`);
      await handle.db.execute(sql`drop function refuse_second()`);
    }
    expect(await changeRequests()).toEqual(before.requests);
    expect(await drafts()).toEqual(before.drafts);
    expect((await loadPlanImport(monitor, id)).state).toBe("checked");
    const applied = await handle.db.select().from(t.auditEvents).where(eq(t.auditEvents.event, "plan_import.applied"));
    expect(applied).toEqual([]);
    expect(await importsCount(handle.db)).toBe(before.imports);
  });

  it("records the import's changes as the draft version's change requests, once", async () => {
    const monitor = await userActor(handle.db, "monitor");
    const id = await checkedRevision(monitor);
    const result = await applyPlanImport(monitor, id, "Revised after the review.");
    expect(result.changeRequests).toBe(2);
    const requests = await changeRequests();
    expect(requests.map((r) => [r.entity, r.entityKey, r.kind, r.reason])).toEqual([
      ["action", "1.4", "change", "Revised after the review."],
      ["action", "1.5", "rephase", "Revised after the review."],
    ]);
    expect(requests[0]!.details).toMatchObject({ fields: { titleMi: { after: "Te tūāpapa mō ngā whānau" } } });
    const [draft] = await drafts();
    expect(requests.every((r) => r.planVersionId === draft!.id)).toBe(true);
    const preview = await loadPlanImport(monitor, id);
    expect(preview.state).toBe("applied");
    const [audit] = await handle.db.select().from(t.auditEvents).where(eq(t.auditEvents.event, "plan_import.applied"));
    expect(audit).toMatchObject({ entityId: id, reason: "Revised after the review." });
    // The plan itself changes only when the version is approved.
    const [action] = await handle.db.select().from(t.actions).where(eq(t.actions.code, "1.4"));
    expect(action!.titleMi).not.toBe("Te tūāpapa mō ngā whānau");

    const again = await applyPlanImport(monitor, id, "Again.").catch((e: unknown) => e);
    expect(again instanceof PlanImportRefused && again.code).toBe("already_applied");
    expect(await changeRequests()).toHaveLength(2);
  });

  it("refuses a file whose changes the draft already makes differently, naming the row", async () => {
    const monitor = await userActor(handle.db, "monitor");
    const file = await exportPlan(monitor, "xlsx");
    // The draft now proposes another te reo Māori title for 1.4; the export still has the approved one.
    const bytes = await edit(file.body, "actions", "1.4", "title_mi", "He taitara anō");
    const checked = await checkPlanUpload(monitor, { fileName: "stale.xlsx", bytes });
    const preview = await loadPlanImport(monitor, checked.id);
    expect(preview.problems).toEqual([
      expect.objectContaining({ sheet: "actions", column: "title_mi", row: expect.any(Number) }),
    ]);
    const error = await applyPlanImport(monitor, checked.id, "Stale.").catch((e: unknown) => e);
    expect(error instanceof PlanImportRefused && error.code).toBe("has_problems");
  });

  it("lets only TEC monitors apply", async () => {
    const admin = await userActor(handle.db, "admin");
    const monitor = await userActor(handle.db, "monitor");
    const file = await exportPlan(admin, "json");
    const doc = JSON.parse(file.body.toString("utf8")) as { sheets: { focus_areas: { title: string }[] } };
    doc.sheets.focus_areas[0]!.title = "Ngā kaupapa matua";
    const checked = await checkPlanUpload(admin, { fileName: "p.json", bytes: Buffer.from(JSON.stringify(doc)) });
    await expectWorkflowError(applyPlanImport(admin, checked.id, "By an administrator."), "forbidden");
    expect((await applyPlanImport(monitor, checked.id, "By a monitor.")).changeRequests).toBe(1);
  });
});
