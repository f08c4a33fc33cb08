import { asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { ANONYMOUS, type Actor } from "@/lib/permissions/actor";
import { setDatabaseHandle } from "@/lib/dal/db";
import { periodSlug } from "@/lib/periods/period-slug";
import { DRIVERS, seededDatabase } from "../../support/databases";
import { actorFor } from "../workflow/support";

// The route handlers ask who is calling; here the test decides.
const caller = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/dal/actor", () => ({ getActor: async () => caller.actor, getCurrentUser: async () => null }));

const { loadQuarterlyReport, listClosedPeriods } = await import("@/lib/dal/reports");
const csvRoute = await import("@/app/[lang]/(session)/reports/[period]/report.csv/route");
const xlsxRoute = await import("@/app/[lang]/(session)/reports/[period]/report.xlsx/route");

const MACRON = /[āēīōūĀĒĪŌŪ]/;

async function download(route: typeof csvRoute, slug: string, actor: Actor) {
  caller.actor = actor;
  return route.GET(new Request(`http://localhost/reports/${slug}/report`), {
    params: Promise.resolve({ period: slug }),
  });
}

async function workbookOf(response: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await response.arrayBuffer());
  return wb;
}

describe.each(DRIVERS)("quarterly report (%s)", (driver) => {
  let handle: DbHandle;
  let monitor: Actor;
  let slug: string;
  let periodId: number;

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    monitor = await actorFor(handle.db, "monitor");
    const [latest] = await handle.db
      .select()
      .from(t.reportingPeriods)
      .where(isNotNull(t.reportingPeriods.closedAt))
      .orderBy(desc(t.reportingPeriods.startsOn))
      .limit(1);
    slug = periodSlug(latest!.label);
    periodId = latest!.id;
  }, 180_000);
  afterAll(() => handle?.close());

  async function ready(actor: Actor) {
    const result = await loadQuarterlyReport(actor, slug);
    if (result.status !== "ready") throw new Error(`expected a report, got ${result.status}`);
    return result.report;
  }

  it("gives staff the full report, from the period's snapshot", async () => {
    const report = await ready(monitor);
    const n = await handle.db.$count(t.periodSnapshots, eq(t.periodSnapshots.periodId, periodId));
    expect(report.version).toBe("staff");
    expect(report.overview.actions).toBe(n);
    expect(report.workstreams.flatMap((w) => w.actions)).toHaveLength(n);
    expect(report.overview.reporting).not.toBeNull();
    expect(report.exceptions.lateReporting).not.toBeNull();
    expect(report.workstreams.flatMap((w) => w.actions).every((a) => a.reporting !== null)).toBe(true);
    expect(report.indicators.length).toBeGreaterThan(0);
    expect(report.changes).not.toBeNull();
  });

  it("gives anonymous readers the public version, with no internal field", async () => {
    const report = await ready(ANONYMOUS);
    expect(report.version).toBe("public");
    expect(report.overview.reporting).toBeNull();
    expect(report.exceptions.lateReporting).toBeNull();
    expect(report.workstreams.flatMap((w) => w.actions).every((a) => a.reporting === null)).toBe(true);
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/submittedLate|internalNotes|INTERNAL/);
    // Published content is all there.
    const staff = await ready(monitor);
    expect(report.overview.byConfidence).toEqual(staff.overview.byConfidence);
    expect(report.indicators).toEqual(staff.indicators);
  });

  it("does not change when an update is published or the plan edited after the close", async () => {
    const staffBefore = await ready(monitor);
    const publicBefore = await ready(ANONYMOUS);
    const code = staffBefore.workstreams[0]!.actions[0]!.code;
    const [action] = await handle.db.select().from(t.actions).where(eq(t.actions.code, code));
    await handle.db.insert(t.progressUpdates).values({
      actionId: action!.id,
      periodId,
      agencyId: action!.leadAgencyId,
      state: "published",
      stage: "not_proceeding",
      notProceedingReason: "Stopped after the close",
      publicNarrative: "Published after the close",
      publishedAt: new Date(),
    });
    await handle.db
      .update(t.actions)
      .set({ title: "Renamed after the close", forecastDue: "2031-01-01" })
      .where(eq(t.actions.id, action!.id));
    expect(await ready(monitor)).toEqual(staffBefore);
    expect(await ready(ANONYMOUS)).toEqual(publicBefore);
  });

  it("lists closed periods newest first and refuses open or unknown ones", async () => {
    const periods = await listClosedPeriods();
    expect(periods[0]!.slug).toBe(slug);
    const [open] = await handle.db
      .select()
      .from(t.reportingPeriods)
      .where(isNull(t.reportingPeriods.closedAt))
      .orderBy(asc(t.reportingPeriods.startsOn))
      .limit(1);
    expect(await loadQuarterlyReport(monitor, periodSlug(open!.label))).toEqual({
      status: "open",
      label: open!.label,
    });
    expect(await loadQuarterlyReport(monitor, "1999-q1")).toEqual({ status: "unknown" });
    const refused = await download(csvRoute, periodSlug(open!.label), monitor);
    expect(refused.status).toBe(404);
    expect(await refused.text()).toBe("This period has not closed yet; the report is built when it closes.");
  });

  it("downloads a CSV that matches the report, with macrons, split like the page", async () => {
    const report = await ready(monitor);
    const actions = report.workstreams.flatMap((w) => w.actions);
    const staff = await download(csvRoute, slug, monitor);
    expect(staff.headers.get("content-type")).toContain("text/csv");
    expect(staff.headers.get("cache-control")).toContain("no-store");
    const bytes = new Uint8Array(await staff.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte order mark
    const text = new TextDecoder().decode(bytes);
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toContain("Reporting");
    expect(lines).toHaveLength(actions.length + 1);
    expect(lines[1]!.startsWith(`${actions[0]!.code},`)).toBe(true);
    const macronTexts = actions
      .flatMap((a) => [a.title, a.workstream.title])
      .filter((s) => MACRON.test(s) && !/[",\n]/.test(s));
    expect(macronTexts.length).toBeGreaterThan(0);
    for (const s of macronTexts) expect(text).toContain(s);

    const pub = await (await download(csvRoute, slug, ANONYMOUS)).text();
    expect(pub.split("\r\n")[0]).not.toContain("Reporting");
    expect(pub.split("\r\n")).toHaveLength(lines.length + 1);
  });

  it("downloads an XLSX that matches the report, with macrons and real dates, split like the page", async () => {
    const report = await ready(monitor);
    const actions = report.workstreams.flatMap((w) => w.actions);
    const response = await download(xlsxRoute, slug, monitor);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const wb = await workbookOf(response);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Overview", "Actions", "Exceptions", "Indicators"]);
    const sheet = wb.getWorksheet("Actions")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain("Reporting");
    expect(sheet.rowCount).toBe(actions.length + 1);
    const titles = Array.from({ length: actions.length }, (_, i) => sheet.getRow(i + 2).getCell(2).value);
    expect(titles).toEqual(actions.map((a) => a.title));
    expect(titles.some((s) => MACRON.test(String(s)))).toBe(true);
    expect(sheet.getRow(2).getCell(header.indexOf("Baseline due") + 1).value).toBeInstanceOf(Date);
    expect(wb.getWorksheet("Indicators")!.rowCount).toBe(report.indicators.length + 1);

    const pub = await workbookOf(await download(xlsxRoute, slug, ANONYMOUS));
    expect((pub.getWorksheet("Actions")!.getRow(1).values as unknown[]).slice(1)).not.toContain("Reporting");
    const exceptionKinds = pub
      .getWorksheet("Exceptions")!
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[])[1]);
    expect(exceptionKinds).not.toContain("Late reporting");
  });
});
