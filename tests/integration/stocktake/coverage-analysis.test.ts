import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { setDatabaseHandle } from "@/lib/dal/db";
import { analysisDownload } from "@/lib/dal/stocktake/analysis-download";
import { loadPublicCoverage, loadStocktakeAnalysis, type StocktakeCoverage } from "@/lib/dal/stocktake/coverage";
import { isWorkflowError } from "@/lib/dal/updates";
import type { CoverageMatrix } from "@/lib/stocktake/coverage";
import type { UserActor } from "@/lib/permissions/actor";
import { DRIVERS, SEEDED_AT, seededDatabase } from "../../support/databases";
import { actorFor, userActor } from "../workflow/support";

/** A cell's counts as "way+way mark", e.g. "11+1 overlap". */
function cell<W extends string>(m: CoverageMatrix<W>, row: string, column: string): string {
  const c = m.cells[m.rows.indexOf(row)]![m.columns.indexOf(column)]!;
  return `${m.ways.map((w) => c.byWay[w].length).join("+")} ${c.mark ?? "-"}`;
}

describe.each(DRIVERS)("the stocktake analysis of the demo round (%s)", (driver) => {
  let handle: DbHandle;
  let monitor: UserActor;
  let analysis: StocktakeCoverage;

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    monitor = await userActor(handle.db, "monitor");
    analysis = (await loadStocktakeAnalysis(monitor, {}, SEEDED_AT))!;
  });
  afterAll(async () => handle?.close());

  it("opens on the latest closed round and counts only its accepted responses", async () => {
    expect(analysis.round).toMatchObject({ slug: "careers-employment-2026", closed: true, overlapThreshold: 3 });
    expect(analysis.rounds.map((r) => r.slug)).toEqual(["careers-initiatives-demo", "careers-employment-2026"]);
    expect(analysis.initiatives).toHaveLength(33);
    const full = await loadStocktakeAnalysis(monitor, {}, SEEDED_AT);
    expect(full!.responses).toEqual({ draft: 0, submitted: 2, returned: 2, accepted: 33, duplicate: 2 });
  });

  it("counts recommendation × population group, designed-for and reaching-many apart", () => {
    const m = analysis.byRecommendation;
    expect(cell(m, "10", "refugee_background")).toBe("11+1 overlap");
    // Five reach many refugee-background people without being designed for them; the duplicate
    // of Jobs Connect is not counted twice.
    expect(cell(m, "8", "refugee_background")).toBe("2+5 overlap");
    expect(cell(m, "4", "disabled_people")).toBe("1+0 -");
    expect(m.columns.map((g) => cell(m, "2", g))).toEqual(Array(5).fill("0+0 gap"));
    expect([m.gaps, m.overlaps]).toEqual([27, 15]);
  });

  it("counts region × kind of support, national services in every region", () => {
    const m = analysis.byRegion;
    expect(cell(m, "auckland", "training")).toBe("9+0 overlap");
    expect(cell(m, "west_coast", "careers_information")).toBe("0+2 -");
    // Responses waiting for review (West Coast) or returned (Marlborough) fill no gap.
    expect(cell(m, "west_coast", "training")).toBe("0+0 gap");
    expect(cell(m, "marlborough", "training")).toBe("0+0 gap");
    expect([m.gaps, m.overlaps]).toEqual([16, 26]);
  });

  it("marks overlaps by the round's own threshold", async () => {
    const slug = "careers-employment-2026";
    await handle.db.update(t.stocktakeRounds).set({ overlapThreshold: 12 }).where(eq(t.stocktakeRounds.slug, slug));
    const at12 = (await loadStocktakeAnalysis(monitor, {}, SEEDED_AT))!;
    expect(cell(at12.byRecommendation, "10", "refugee_background")).toBe("11+1 overlap");
    expect(cell(at12.byRegion, "auckland", "training")).toBe("9+0 -");
    await handle.db.update(t.stocktakeRounds).set({ overlapThreshold: 13 }).where(eq(t.stocktakeRounds.slug, slug));
    const at13 = (await loadStocktakeAnalysis(monitor, {}, SEEDED_AT))!;
    expect(cell(at13.byRecommendation, "10", "refugee_background")).toBe("11+1 -");
    expect(at13.byRecommendation.overlaps).toBe(0);
    await handle.db.update(t.stocktakeRounds).set({ overlapThreshold: 3 }).where(eq(t.stocktakeRounds.slug, slug));
  });

  it("shows another round when asked, and the open round has nothing yet", async () => {
    const open = (await loadStocktakeAnalysis(monitor, { round: "careers-initiatives-demo" }, SEEDED_AT))!;
    expect(open.round.closed).toBe(false);
    expect(open.initiatives).toEqual([]);
    expect(open.byRegion.gaps).toBe(16 * 6);
  });

  it("is for TEC monitors only", async () => {
    for (const persona of ["anonymous", "leadStaff", "ownApprover", "admin"] as const) {
      const refused = await loadStocktakeAnalysis(await actorFor(handle.db, persona), {}, SEEDED_AT).catch((e) => e);
      expect(isWorkflowError(refused) && refused.code, persona).toBe("forbidden");
      const download = await analysisDownload(await actorFor(handle.db, persona), "coverage.xlsx", {}).catch((e) => e);
      expect(isWorkflowError(download) && download.code, persona).toBe("forbidden");
    }
  });

  it("lists what a cell counts: the public list with the cell's filters", async () => {
    const list = (await loadPublicCoverage(
      { population: "refugee_background", population_way: "reaches", recommendation: "8" },
      SEEDED_AT,
    ))!;
    expect(list.listed.map((i) => i.name).sort()).toEqual([
      "Jobs Connect brokerage",
      "Mid-career change service",
      "South Auckland jobs hub",
      "Southern jobs service",
      "Trades taster",
    ]);
    const gap = (await loadPublicCoverage({ region: "west_coast", support: "training" }, SEEDED_AT))!;
    expect(gap.listed).toEqual([]);
  });

  it("never gives the public a contact detail", async () => {
    const pub = (await loadPublicCoverage({}, SEEDED_AT))!;
    expect(pub.initiatives).toHaveLength(33);
    for (const i of pub.initiatives) {
      expect(Object.keys(i).sort()).toEqual([
        "description",
        "endDate",
        "funding",
        "id",
        "name",
        "organisation",
        "populations",
        "recommendationCodes",
        "regions",
        "scale",
        "startDate",
        "supports",
        "workstreamCodes",
      ]);
    }
    const text = JSON.stringify(pub);
    expect(text).not.toMatch(/@example\.org|Demo contact|PO Box/);
    // The contacts are in the database: the list leaves them out, it does not lack them.
    const stored = JSON.stringify(await handle.db.select({ value: t.stocktakeAnswers.value }).from(t.stocktakeAnswers));
    expect(stored).toMatch(/stocktake\.akl-welcome@example\.org/);
  });

  it("downloads the matrices as UTF-8 CSV and the analysis as XLSX, without contacts", async () => {
    const csv = (await analysisDownload(monitor, "region-support.csv", {}))!;
    const text = csv.body.toString("utf8");
    expect(
      text.startsWith(
        "\uFEFFregion,region_label,kind_of_support,kind_of_support_label,based_in_region,national,total,marking,overlap_threshold\r\n",
      ),
    ).toBe(true);
    expect(text).toContain("manawatu_whanganui,Manawatū-Whanganui,training,Training,2,0,2,,3\r\n");
    expect(text).toContain("west_coast,West Coast,training,Training,0,0,0,gap,3\r\n");
    const byRec = (await analysisDownload(monitor, "recommendation-population.csv", {}))!.body.toString("utf8");
    expect(byRec).toContain(
      `10,"Remove barriers for Pacific peoples, disabled people and refugee-background people",refugee_background,Refugee-background people,11,1,12,overlap,3\r\n`,
    );

    const xlsx = (await analysisDownload(monitor, "coverage.xlsx", {}))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "About",
      "recommendation-population",
      "region-support",
      "initiatives",
    ]);
    const initiatives = wb.getWorksheet("initiatives")!;
    expect(initiatives.rowCount).toBe(34);
    const cells: string[] = [];
    initiatives.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells.join("\n")).not.toMatch(/@example\.org|Demo contact|PO Box/);
    expect(cells).toContain("Tairāwhiti Whānau Careers (example)");
  });
});
