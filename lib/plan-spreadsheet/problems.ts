/** What is wrong with an uploaded plan file, each problem placed by sheet, row and column. */
export type ImportProblem = {
  sheet: string;
  /** The spreadsheet row (the header is row 1), or the item's number in a JSON sheet; null for the whole sheet. */
  row: number | null;
  column: string | null;
  message: string;
};

/** A file that cannot be read as a plan at all: not a spreadsheet, too large, empty. */
export class PlanFileRefused extends Error {
  constructor(
    readonly code: "not_spreadsheet" | "too_large" | "empty" | "too_many_rows",
    message: string,
  ) {
    super(message);
    this.name = "PlanFileRefused";
  }
}

export function isPlanFileRefused(error: unknown): error is PlanFileRefused {
  return error instanceof PlanFileRefused;
}
