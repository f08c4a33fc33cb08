import { describe, expect, it } from "vitest";
import {
  indicatorFormValues,
  postedIndicatorValues,
  postedReadingsValues,
  readingsFormValues,
  regionRowCount,
} from "@/lib/indicators/form-values";

describe("indicator form values", () => {
  it("flattens a stored indicator into the strings the inputs show", () => {
    const values = indicatorFormValues({
      code: "I1",
      title: "T",
      titleMi: null,
      description: "D",
      unit: "%",
      direction: "increase",
      baselineValue: 12.5,
      baselineDate: "2024-06-30",
      targetValue: 40,
      targetDate: "2027-06-30",
      dataSource: "S",
      ownerAgencyId: 3,
      actionIds: [2, 7],
      recommendationIds: [],
    });
    expect(values.fields).toMatchObject({ titleMi: "", baselineValue: "12.5", ownerAgencyId: "3" });
    expect(values.actionIds).toEqual(["2", "7"]);
  });

  it("echoes back every posted answer, including each ticked box", () => {
    const form = new FormData();
    form.append("title", "Typed");
    form.append("baselineValue", "abc");
    form.append("actionIds", "4");
    form.append("actionIds", "9");
    form.append("$ACTION_ID_x", "ignored");
    expect(postedIndicatorValues(form)).toEqual({
      fields: { title: "Typed", baselineValue: "abc" },
      actionIds: ["4", "9"],
      recommendationIds: [],
    });
  });
});

describe("readings form values", () => {
  it("shows stored groups and regions, one row each", () => {
    expect(
      readingsFormValues({
        total: 41.5,
        note: null,
        groups: { maori: 35 },
        regions: [{ name: "Auckland", value: 44 }],
      }),
    ).toEqual({ total: "41.5", note: "", "group.maori": "35", "region.0.name": "Auckland", "region.0.value": "44" });
  });

  it("keeps only the readings inputs from a post", () => {
    const form = new FormData();
    for (const [k, v] of [
      ["total", "x"],
      ["group.maori", "1"],
      ["region.3.name", "Otago"],
      ["readingsStamp", "abc"],
      ["$ACTION_REF_1", ""],
    ])
      form.append(k!, v!);
    expect(postedReadingsValues(form)).toEqual({ total: "x", "group.maori": "1", "region.3.name": "Otago" });
  });

  it("offers at least three region rows and always one empty row after the last filled one", () => {
    expect(regionRowCount({})).toBe(3);
    expect(regionRowCount({ "region.0.name": "A", "region.1.value": "2" })).toBe(3);
    expect(regionRowCount({ "region.4.name": "E", "region.5.name": " " })).toBe(6);
  });
});
