/**
 * Checks a read file against the layout and the plan: every cell by its column's kind, keys unique
 * within a sheet, and every reference (focus area, recommendation, workstream, agency, action)
 * resolvable in the plan as it would be after the import. Dependency cycles are named.
 */
import { findCycle } from "@/lib/dependencies/dependency-graph";
import { listItems, parseCell, type AgencyRef } from "./cells";
import { LAYOUT, SHEET_NAMES, rowKey, type PlanSheets, type SheetName, type SheetRow } from "./layout";
import type { ImportProblem } from "./problems";
import type { RawWorkbook } from "./read";

export type CheckedRow = { row: number; values: SheetRow };
export type CheckedSheets = Record<SheetName, CheckedRow[]>;
export type Checked = { sheets: CheckedSheets; problems: ImportProblem[] };

export type CheckContext = { agencies: readonly AgencyRef[]; current: PlanSheets };

/** The keys of a column's referenced items, in the plan as it would be after the import. */
function keysAfter(sheet: SheetName, column: string, current: PlanSheets, incoming: CheckedSheets): Set<string> {
  return new Set([...current[sheet], ...incoming[sheet].map((r) => r.values)].map((r) => r[column] ?? ""));
}

/** Lets a streamed response send its progress while a large file is checked. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function checkWorkbook(
  raw: RawWorkbook,
  context: CheckContext,
  progress: (fraction: number) => void = () => {},
): Promise<Checked> {
  const problems: ImportProblem[] = [...raw.problems];
  const sheets = Object.fromEntries(SHEET_NAMES.map((s) => [s, [] as CheckedRow[]])) as unknown as CheckedSheets;
  const total = Math.max(
    1,
    SHEET_NAMES.reduce((n, s) => n + (raw.sheets[s]?.length ?? 0), 0),
  );
  let done = 0;

  for (const sheet of SHEET_NAMES) {
    const seen = new Map<string, number>();
    for (const { row, cells, flagged = [] } of raw.sheets[sheet] ?? []) {
      const values: SheetRow = {};
      let valid = flagged.length === 0;
      for (const column of LAYOUT[sheet].columns) {
        if (flagged.includes(column.key)) continue;
        const result = parseCell(column.kind, cells[column.key] ?? "", context.agencies);
        if (result.ok) values[column.key] = result.value;
        else {
          valid = false;
          problems.push({ sheet, row, column: column.key, message: result.problem });
        }
      }
      if (++done % 500 === 0) {
        progress(done / total);
        await pause();
      }
      if (!valid) continue;
      const key = rowKey(sheet, values);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({
          sheet,
          row,
          column: LAYOUT[sheet].key.join(", "),
          message: `The same ${LAYOUT[sheet].key.join(" and ")} as row ${first}: each row needs its own.`,
        });
        continue;
      }
      seen.set(key, row);
      sheets[sheet].push({ row, values });
    }
  }

  problems.push(...checkReferences(sheets, context.current));
  progress(1);
  return { sheets, problems };
}

function checkReferences(incoming: CheckedSheets, current: PlanSheets): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const focusAreas = keysAfter("focus_areas", "number", current, incoming);
  const recommendations = keysAfter("recommendations", "number", current, incoming);
  const workstreams = keysAfter("workstreams", "number", current, incoming);
  const actions = keysAfter("actions", "code", current, incoming);

  const must = (sheet: SheetName, row: CheckedRow, column: string, known: Set<string>, what: string) => {
    for (const item of listItems(row.values[column] ?? ""))
      if (!known.has(item))
        problems.push({
          sheet,
          row: row.row,
          column,
          message: `There is no ${what} ${item} in the plan or in this file.`,
        });
  };

  for (const r of incoming.recommendations) must("recommendations", r, "focus_area", focusAreas, "focus area");
  for (const r of incoming.workstreams) must("workstreams", r, "recommendations", recommendations, "recommendation");
  for (const r of incoming.actions) {
    must("actions", r, "workstream", workstreams, "workstream");
    must("actions", r, "recommendations", recommendations, "recommendation");
    if (r.values.baseline_due! < r.values.baseline_start!)
      problems.push({
        sheet: "actions",
        row: r.row,
        column: "baseline_due",
        message: `Due ${r.values.baseline_due} is before the start, ${r.values.baseline_start}.`,
      });
  }
  for (const r of incoming.milestones) must("milestones", r, "action", actions, "action");
  for (const r of incoming.completion_criteria) {
    must("completion_criteria", r, "action", actions, "action");
    if (Number(r.values.position) > 3)
      problems.push({
        sheet: "completion_criteria",
        row: r.row,
        column: "position",
        message: "An action has at most three completion criteria (positions 1 to 3).",
      });
  }
  for (const r of incoming.dependencies) {
    must("dependencies", r, "action", actions, "action");
    must("dependencies", r, "predecessor", actions, "action");
    if (r.values.action === r.values.predecessor)
      problems.push({
        sheet: "dependencies",
        row: r.row,
        column: "predecessor",
        message: `Action ${r.values.action} cannot depend on itself.`,
      });
  }
  const edges = [...current.dependencies, ...incoming.dependencies.map((r) => r.values)]
    .filter((d) => d.action !== d.predecessor)
    .map((d) => ({ action: d.action!, predecessor: d.predecessor! }));
  const cycle = findCycle(edges);
  if (cycle) {
    const inFile = incoming.dependencies.find((r) =>
      cycle.some((code, i) => i > 0 && cycle[i - 1] === r.values.action && code === r.values.predecessor),
    );
    problems.push({
      sheet: "dependencies",
      row: inFile?.row ?? null,
      column: inFile ? "predecessor" : null,
      message: `These dependencies make a cycle: ${cycle.join(" → ")}. An action cannot wait, through others, on itself.`,
    });
  }
  return problems;
}
