import { describe, expect, it } from "vitest";
import {
  coverageMark,
  recommendationPopulationCoverage,
  regionSupportCoverage,
  type CoverageInitiative,
} from "@/lib/stocktake/coverage";

function initiative(id: number, over: Partial<CoverageInitiative> = {}): CoverageInitiative {
  return { id, scale: "local", regions: [], populations: [], supports: [], recommendationCodes: [], ...over };
}

describe("coverageMark", () => {
  it("marks a cell nobody serves as a gap, and one served by the threshold or more as an overlap", () => {
    expect(coverageMark(0, 3)).toBe("gap");
    expect(coverageMark(1, 3)).toBeNull();
    expect(coverageMark(2, 3)).toBeNull();
    expect(coverageMark(3, 3)).toBe("overlap");
    expect(coverageMark(7, 3)).toBe("overlap");
  });
  it("moves the overlap with the threshold", () => {
    expect(coverageMark(2, 2)).toBe("overlap");
    expect(coverageMark(4, 5)).toBeNull();
    expect(coverageMark(5, 5)).toBe("overlap");
  });
  it("refuses a threshold under two or not whole, where every served cell would overlap", () => {
    expect(() => coverageMark(1, 1)).toThrow(RangeError);
    expect(() => coverageMark(1, 0)).toThrow(RangeError);
    expect(() => coverageMark(1, 2.5)).toThrow(RangeError);
  });
});

describe("recommendationPopulationCoverage", () => {
  const initiatives = [
    initiative(1, { recommendationCodes: ["1", "2"], populations: [{ group: "refugee", designed: true }] }),
    initiative(2, {
      recommendationCodes: ["1"],
      populations: [
        { group: "refugee", designed: false },
        { group: "maori", designed: true },
      ],
    }),
    initiative(3, { recommendationCodes: ["1"], populations: [{ group: "refugee", designed: false }] }),
    // Names a group but no recommendation: on no cell of this matrix.
    initiative(4, { populations: [{ group: "pacific", designed: true }] }),
  ];
  const m = recommendationPopulationCoverage(initiatives, ["1", "2"], ["refugee", "maori", "pacific"], 3);

  it("counts designed-for and reaching-many apart on the same cell, and both towards the overlap", () => {
    const cell = m.cells[0]![0]!;
    expect(cell).toMatchObject({ row: "1", column: "refugee", total: 3, mark: "overlap" });
    expect(cell.byWay).toEqual({ designed: [1], reaches: [2, 3] });
  });
  it("marks cells with nobody as gaps, including a group only served without a recommendation link", () => {
    expect(m.cells[0]![2]).toMatchObject({ column: "pacific", total: 0, mark: "gap" });
    expect(m.cells[1]![1]).toMatchObject({ row: "2", column: "maori", total: 0, mark: "gap" });
    expect(m.cells[1]![0]).toMatchObject({ total: 1, mark: null, byWay: { designed: [1], reaches: [] } });
  });
  it("sums the marks", () => {
    // Row 1: refugee overlap, maori 1, pacific gap. Row 2: refugee 1, maori gap, pacific gap.
    expect(m.gaps).toBe(3);
    expect(m.overlaps).toBe(1);
  });
});

describe("regionSupportCoverage", () => {
  const initiatives = [
    initiative(1, { scale: "national", supports: ["careers_information"] }),
    initiative(2, {
      scale: "regional",
      regions: ["auckland", "waikato"],
      supports: ["careers_information", "training"],
    }),
    initiative(3, { scale: "local", regions: ["auckland"], supports: ["careers_information"] }),
  ];
  const m = regionSupportCoverage(
    initiatives,
    ["auckland", "waikato", "west_coast"],
    ["careers_information", "training"],
    3,
  );

  it("places a national initiative in every region, kept apart from those based there", () => {
    expect(m.cells[2]![0]).toMatchObject({
      row: "west_coast",
      total: 1,
      mark: null,
      byWay: { in_region: [], national: [1] },
    });
    expect(m.cells[0]![0]).toMatchObject({ total: 3, mark: "overlap", byWay: { in_region: [2, 3], national: [1] } });
  });
  it("places a regional or local initiative only in the regions it names", () => {
    expect(m.cells[1]![1]).toMatchObject({ row: "waikato", column: "training", total: 1, byWay: { in_region: [2] } });
    expect(m.cells[2]![1]).toMatchObject({ row: "west_coast", column: "training", total: 0, mark: "gap" });
  });
  it("counts an overlap with a lower threshold where the default sees none", () => {
    const lower = regionSupportCoverage(
      initiatives,
      ["auckland", "waikato", "west_coast"],
      ["careers_information", "training"],
      2,
    );
    expect(lower.overlaps).toBe(2); // auckland and waikato careers information
    expect(m.overlaps).toBe(1);
  });
});
