/**
 * The plan spreadsheet's one layout (docs/plan-spreadsheet.md): the same sheets and columns in
 * XLSX, in a CSV zip (one file per sheet) and in JSON. Each sheet names the columns that make a
 * row's stable key; import matches rows to the plan by that key, never by position.
 */

/** How a column's cells are read and written. */
export type ColumnKind =
  | "text" // required text
  | "optionalText" // text that may be empty (te reo Māori titles)
  | "positiveInt" // 1, 2, 3 …
  | "actionCode" // 1.4: workstream 1, action 4
  | "agency" // an agency's slug or acronym
  | "agencyList" // several, separated by commas
  | "numberList" // recommendation numbers, separated by commas
  | "boolean" // yes / no (TRUE / FALSE in XLSX)
  | "date"; // YYYY-MM-DD (a real date in XLSX)

export type Column = { key: string; kind: ColumnKind; width: number };

export type SheetLayout = {
  name: SheetName;
  columns: readonly Column[];
  /** The columns whose values identify the row across exports and imports. */
  key: readonly string[];
};

export const SHEET_NAMES = [
  "focus_areas",
  "recommendations",
  "workstreams",
  "actions",
  "milestones",
  "completion_criteria",
  "dependencies",
] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

const col = (key: string, kind: ColumnKind, width = 14): Column => ({ key, kind, width });

export const LAYOUT: Record<SheetName, SheetLayout> = {
  focus_areas: {
    name: "focus_areas",
    key: ["number"],
    columns: [
      col("number", "positiveInt", 10),
      col("title", "text", 40),
      col("title_mi", "optionalText", 40),
      col("description", "text", 60),
    ],
  },
  recommendations: {
    name: "recommendations",
    key: ["number"],
    columns: [
      col("number", "positiveInt", 10),
      col("focus_area", "positiveInt", 12),
      col("title", "text", 40),
      col("title_mi", "optionalText", 40),
      col("description", "text", 60),
    ],
  },
  workstreams: {
    name: "workstreams",
    key: ["number"],
    columns: [
      col("number", "positiveInt", 10),
      col("title", "text", 40),
      col("title_mi", "optionalText", 40),
      col("description", "text", 60),
      col("lead_agency", "agency", 14),
      col("recommendations", "numberList", 18),
    ],
  },
  actions: {
    name: "actions",
    key: ["code"],
    columns: [
      col("code", "actionCode", 8),
      col("title", "text", 50),
      col("title_mi", "optionalText", 50),
      col("description", "text", 70),
      col("workstream", "positiveInt", 12),
      col("recommendations", "numberList", 18),
      col("lead_agency", "agency", 14),
      col("contributing_agencies", "agencyList", 24),
      col("foundational", "boolean", 12),
      col("baseline_start", "date", 14),
      col("baseline_due", "date", 14),
    ],
  },
  milestones: {
    name: "milestones",
    key: ["action", "position"],
    columns: [
      col("action", "actionCode", 8),
      col("position", "positiveInt", 10),
      col("title", "text", 50),
      col("title_mi", "optionalText", 50),
      col("baseline_due", "date", 14),
      col("weight", "positiveInt", 8),
    ],
  },
  completion_criteria: {
    name: "completion_criteria",
    key: ["action", "position"],
    columns: [col("action", "actionCode", 8), col("position", "positiveInt", 10), col("description", "text", 70)],
  },
  dependencies: {
    name: "dependencies",
    key: ["action", "predecessor"],
    columns: [col("action", "actionCode", 8), col("predecessor", "actionCode", 12)],
  },
};

/** A row as plain text per column: the one shape every format is read into and written from. */
export type SheetRow = Record<string, string>;
export type PlanSheets = Record<SheetName, SheetRow[]>;

export function emptySheets(): PlanSheets {
  return Object.fromEntries(SHEET_NAMES.map((name) => [name, []])) as unknown as PlanSheets;
}

export function rowKey(sheet: SheetName, row: SheetRow): string {
  return LAYOUT[sheet].key.map((k) => row[k] ?? "").join("/");
}

/** Largest upload accepted, in bytes (proxy.ts lets a little more through for the form around it). */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
/** Most rows accepted across all sheets. */
export const MAX_ROWS = 50_000;
