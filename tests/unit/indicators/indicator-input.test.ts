import { describe, expect, it } from "vitest";
import { parseDecimal } from "@/lib/indicators/decimal";
import { parseIndicatorForm, parseReadingsForm } from "@/lib/indicators/indicator-input";

function form(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, v] of Object.entries(entries)) for (const one of [v].flat()) data.append(name, one);
  return data;
}

const VALID = {
  code: "I9",
  title: "Learners who use Tahatū",
  titleMi: "",
  description: "Share of school leavers who used Tahatū in the year.",
  unit: "%",
  direction: "increase",
  baselineValue: "12.5",
  baselineDate: "2024-06-30",
  targetValue: "40",
  targetDate: "2027-06-30",
  dataSource: "Tahatū usage analytics",
  ownerAgencyId: "3",
  actionIds: ["7", "2", "7"],
  recommendationIds: ["1"],
};

describe("reading a number typed by a person", () => {
  it.each([
    ["12.5", 12.5],
    [" -3 ", -3],
    ["0", 0],
    ["-0", 0],
    [".5", 0.5],
    ["1,250", 1250],
    ["1,250,000.75", 1250000.75],
  ])("accepts %j", (raw, expected) => {
    expect(parseDecimal(raw, "the value")).toEqual({ ok: true, value: expected });
  });

  it.each(["abc", "", "   ", "NaN", "Infinity", "-Infinity", "1e5", "12.5.1", "1,25", "0x10", "12,5"])(
    "refuses %j with a sentence that does not repeat it",
    (raw) => {
      const result = parseDecimal(raw, "the value");
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(/^Enter the value as a number/);
        if (raw.trim()) expect(result.message).not.toContain(raw.trim());
      }
    },
  );

  it.each(["45%", "12 people", "$30"])("asks for %j without its unit", (raw) => {
    expect(parseDecimal(raw, "the value")).toEqual({
      ok: false,
      message: "Enter the value as a number only, without its unit.",
    });
  });

  it("refuses absurd magnitudes and anything that is not text", () => {
    expect(parseDecimal("10000000000000", "the value").ok).toBe(false);
    expect(parseDecimal(undefined, "the value").ok).toBe(false);
    expect(parseDecimal(12, "the value").ok).toBe(false);
  });
});

describe("the indicator form", () => {
  it("reads a valid form, trimming text, de-duplicating and sorting links", () => {
    const result = parseIndicatorForm(form({ ...VALID, title: "  Learners who use Tahatū  " }));
    expect(result).toEqual({
      ok: true,
      data: {
        code: "I9",
        title: "Learners who use Tahatū",
        titleMi: null,
        description: VALID.description,
        unit: "%",
        direction: "increase",
        baselineValue: 12.5,
        baselineDate: "2024-06-30",
        targetValue: 40,
        targetDate: "2027-06-30",
        dataSource: "Tahatū usage analytics",
        ownerAgencyId: 3,
        actionIds: [2, 7],
        recommendationIds: [1],
      },
    });
  });

  it("accepts codes in the R2 / I1.a style and no links at all", () => {
    for (const code of ["R2", "I1.a", "NEET-3", "7"]) {
      const result = parseIndicatorForm(form({ ...VALID, code, actionIds: [], recommendationIds: [] }));
      expect(result.ok, code).toBe(true);
    }
  });

  it("returns every field's error at once", () => {
    const result = parseIndicatorForm(
      form({
        code: "I 9!",
        title: " ",
        description: "",
        unit: "",
        direction: "sideways",
        baselineValue: "abc",
        baselineDate: "2024-02-30",
        targetValue: "Infinity",
        targetDate: "soon",
        dataSource: "",
        ownerAgencyId: "",
        actionIds: ["x"],
        recommendationIds: ["-1"],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      [
        "code",
        "title",
        "description",
        "unit",
        "direction",
        "baselineValue",
        "baselineDate",
        "targetValue",
        "targetDate",
        "dataSource",
        "ownerAgencyId",
        "actionIds",
        "recommendationIds",
      ].sort(),
    );
    expect(result.errors.baselineValue).toEqual([
      "Enter the baseline value as a number, for example 12.5 (digits and one decimal point).",
    ]);
    expect(result.errors.code?.[0]).toMatch(/letters, digits, dots and hyphens/);
  });

  it("treats missing inputs as empty answers, not as a crash", () => {
    const result = parseIndicatorForm(form({}));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.title).toEqual(["Enter a title."]);
  });

  it("needs the target date after the baseline date, even when other fields are wrong", () => {
    const same = parseIndicatorForm(form({ ...VALID, targetDate: VALID.baselineDate }));
    expect(same).toEqual({ ok: false, errors: { targetDate: ["The target date must be after the baseline date."] } });
    const earlierAndBadValue = parseIndicatorForm(form({ ...VALID, targetDate: "2020-01-01", targetValue: "" }));
    expect(earlierAndBadValue.ok).toBe(false);
    if (!earlierAndBadValue.ok) {
      expect(earlierAndBadValue.errors.targetDate).toEqual(["The target date must be after the baseline date."]);
      expect(earlierAndBadValue.errors.targetValue).toBeDefined();
    }
  });

  it("bounds the length of text fields", () => {
    const result = parseIndicatorForm(form({ ...VALID, code: "I".repeat(21), title: "x".repeat(301) }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.code).toEqual(["Keep the code to 20 characters or fewer."]);
      expect(result.errors.title).toEqual(["Keep a title to 300 characters or fewer."]);
    }
  });
});

describe("the readings form", () => {
  it("reads a total, the groups given, filled region rows and a note", () => {
    const result = parseReadingsForm(
      form({
        periodId: "12",
        total: "41.5",
        "group.maori": "38",
        "group.pacific_peoples": "",
        "group.neet_youth": "22.25",
        "region.0.name": " Auckland ",
        "region.0.value": "44",
        "region.1.name": "",
        "region.1.value": "",
        "region.2.name": "Waikato",
        "region.2.value": "39.5",
        note: "  Provisional.  ",
      }),
    );
    expect(result).toEqual({
      ok: true,
      data: {
        periodId: 12,
        total: 41.5,
        groups: { maori: 38, neet_youth: 22.25 },
        regions: [
          { name: "Auckland", value: 44 },
          { name: "Waikato", value: 39.5 },
        ],
        note: "Provisional.",
      },
    });
  });

  it("returns every problem at once, keyed by the input's name", () => {
    const result = parseReadingsForm(
      form({
        periodId: "",
        total: "",
        "group.maori": "lots",
        "group.disabled_people": "NaN",
        "region.0.name": "Auckland",
        "region.0.value": "",
        "region.1.name": "",
        "region.1.value": "12",
        "region.2.name": "auckland",
        "region.2.value": "3",
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      periodId: ["Choose a reporting period."],
      total: ["Enter the total as a number, for example 12.5."],
      "group.maori": ["Enter this group's value as a number, for example 12.5 (digits and one decimal point)."],
      "group.disabled_people": [
        "Enter this group's value as a number, for example 12.5 (digits and one decimal point).",
      ],
      "region.0.value": ["Enter the region's value as a number, for example 12.5."],
      "region.1.name": ["Enter the region's name, or clear its value."],
      "region.2.name": ["This region is already listed."],
    });
  });

  it("ignores group names that are not in the vocabulary and region indexes beyond the cap", () => {
    const result = parseReadingsForm(
      form({ periodId: "1", total: "5", "group.martians": "3", "region.100.name": "X", "region.100.value": "1" }),
    );
    expect(result).toEqual({ ok: true, data: { periodId: 1, total: 5, groups: {}, regions: [], note: null } });
  });
});
