import { describe, expect, it } from "vitest";
import { regionSupportCoverage } from "@/lib/stocktake/coverage";
import {
  filterInitiatives,
  initiativesHref,
  readInitiativeQuery,
  type FilterableInitiative,
  type KnownFilterValues,
} from "@/lib/stocktake/initiative-filters";

const known: KnownFilterValues = {
  rounds: ["refugee-2017", "careers-2027"],
  recommendations: ["1", "2"],
  populations: ["refugee", "maori"],
  regions: ["auckland", "otago"],
  supports: ["training", "careers_information"],
  scales: ["national", "regional", "local"],
};

const base = { regions: [], populations: [], supports: [], recommendationCodes: [], description: "" };
const list: FilterableInitiative[] = [
  {
    ...base,
    id: 1,
    organisation: "Te Whare Mahi",
    name: "Māori careers wānanga",
    scale: "regional",
    regions: ["otago"],
    populations: [{ group: "maori", designed: true }],
    supports: ["careers_information"],
    recommendationCodes: ["1"],
  },
  {
    ...base,
    id: 2,
    organisation: "Kiwi Jobs Trust",
    name: "Jobs nationwide",
    scale: "national",
    populations: [{ group: "refugee", designed: false }],
    supports: ["training"],
  },
  {
    ...base,
    id: 3,
    organisation: "Auckland Welcome",
    name: "New Kiwis training",
    scale: "local",
    regions: ["auckland"],
    populations: [{ group: "refugee", designed: true }],
    supports: ["training"],
  },
];
const ids = (filters: Parameters<typeof filterInitiatives>[1]) => filterInitiatives(list, filters).map((i) => i.id);

describe("filterInitiatives", () => {
  it("searches name, organisation and description, with or without macrons", () => {
    expect(ids({ q: "maori WANANGA" })).toEqual([1]);
    expect(ids({ q: "kiwi" })).toEqual([2, 3]);
  });
  it("finds a national initiative in every region, like the coverage matrix", () => {
    expect(ids({ region: "otago" })).toEqual([1, 2]);
    expect(ids({ region: "otago", region_way: "in_region" })).toEqual([1]);
    expect(ids({ region: "auckland", region_way: "national" })).toEqual([2]);
  });
  it("tells designed-for from reaching-many", () => {
    expect(ids({ population: "refugee" })).toEqual([2, 3]);
    expect(ids({ population: "refugee", population_way: "reaches" })).toEqual([2]);
    expect(ids({ population: "refugee", population_way: "designed" })).toEqual([3]);
  });
  it("combines filters", () => {
    expect(ids({ support: "training", scale: "local" })).toEqual([3]);
    expect(ids({ recommendation: "1", support: "training" })).toEqual([]);
  });
  it("lists exactly the initiatives a coverage cell counts", () => {
    const m = regionSupportCoverage(list, known.regions, known.supports, 3);
    for (const row of m.cells) {
      for (const cell of row) {
        for (const way of m.ways) {
          expect(ids({ region: cell.row, support: cell.column, region_way: way })).toEqual(cell.byWay[way]);
        }
      }
    }
  });
});

describe("readInitiativeQuery", () => {
  it("keeps the good filters and reports the bad ones, one message each", () => {
    const { filters, errors } = readInitiativeQuery(
      { region: "atlantis", support: "training", population_way: "sometimes", round: "X y", lang: "en" },
      known,
    );
    expect(filters).toEqual({ support: "training" });
    expect(Object.keys(errors).sort()).toEqual(["population_way", "region", "round"]);
  });
  it("treats empty fields as any", () => {
    expect(readInitiativeQuery({ region: "", round: "careers-2027", q: "  jobs " }, known)).toEqual({
      filters: { round: "careers-2027", q: "jobs" },
      errors: {},
    });
  });
  it("refuses a way without its group or region", () => {
    expect(readInitiativeQuery({ population_way: "designed" }, known).errors.population_way).toHaveLength(1);
  });
});

describe("initiativesHref", () => {
  it("builds a shareable address with only the filters in use", () => {
    expect(
      initiativesHref("/stocktake/initiatives", { round: "refugee-2017", region: "otago", support: undefined }),
    ).toBe("/stocktake/initiatives?round=refugee-2017&region=otago");
    expect(initiativesHref("/stocktake/initiatives", {})).toBe("/stocktake/initiatives");
  });
});
