import { INDICATOR_FIELDS, REGION_ROWS_MIN } from "./indicator-input";

/** The indicator form's values: text inputs by name, and the ticked boxes of each group. */
export type IndicatorFormValues = {
  fields: Record<string, string>;
  actionIds: string[];
  recommendationIds: string[];
};

type StoredIndicator = Record<(typeof INDICATOR_FIELDS)[number], string | number | null> & {
  actionIds: number[];
  recommendationIds: number[];
};

export const EMPTY_INDICATOR_VALUES: IndicatorFormValues = {
  fields: { direction: "increase" },
  actionIds: [],
  recommendationIds: [],
};

export function indicatorFormValues(stored: StoredIndicator): IndicatorFormValues {
  const fields: Record<string, string> = {};
  for (const name of INDICATOR_FIELDS) fields[name] = stored[name] === null ? "" : String(stored[name]);
  return {
    fields,
    actionIds: stored.actionIds.map(String),
    recommendationIds: stored.recommendationIds.map(String),
  };
}

/** What was posted, echoed back so a refused form keeps every answer. */
export function postedIndicatorValues(form: Pick<FormData, "get" | "getAll">): IndicatorFormValues {
  const fields: Record<string, string> = {};
  for (const name of INDICATOR_FIELDS) {
    const v = form.get(name);
    if (typeof v === "string") fields[name] = v;
  }
  const all = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
  return { fields, actionIds: all("actionIds"), recommendationIds: all("recommendationIds") };
}

/** The readings form's values: total, note, "group.<key>" and "region.N.name" / "region.N.value". */
export type ReadingsFormValues = Record<string, string>;

export function readingsFormValues(stored: {
  total: number | null;
  note: string | null;
  groups: Partial<Record<string, number>>;
  regions: { name: string; value: number }[];
}): ReadingsFormValues {
  const values: ReadingsFormValues = {
    total: stored.total === null ? "" : String(stored.total),
    note: stored.note ?? "",
  };
  for (const [group, value] of Object.entries(stored.groups)) {
    if (value !== undefined) values[`group.${group}`] = String(value);
  }
  stored.regions.forEach((r, i) => {
    values[`region.${i}.name`] = r.name;
    values[`region.${i}.value`] = String(r.value);
  });
  return values;
}

export function postedReadingsValues(form: Pick<FormData, "entries">): ReadingsFormValues {
  const values: ReadingsFormValues = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && /^(total|note|group\.[a-z_]+|region\.\d{1,2}\.(name|value))$/.test(name)) {
      values[name] = value;
    }
  }
  return values;
}

/** How many region rows to show: every filled one, then at least one empty, never fewer than three. */
export function regionRowCount(values: ReadingsFormValues): number {
  let filled = 0;
  for (const [key, value] of Object.entries(values)) {
    const match = /^region\.(\d+)\./.exec(key);
    if (match && value.trim() !== "") filled = Math.max(filled, Number(match[1]) + 1);
  }
  return Math.max(REGION_ROWS_MIN, filled + 1);
}
