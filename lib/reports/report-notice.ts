/**
 * What a report says when its content is not official reporting (the demo): on the page, on paper,
 * in the CSV (a column on every row, so the file stays one table) and in the workbook (a first sheet).
 */
export const DEMO_REPORT_NOTICE =
  "Demonstration data: this report was produced by a demonstration site. Its updates, dates and readings are examples, not official reporting.";

/** The printed report's running footer: the report, and when it was as at. */
export function printFooter(label: string, asAt: string): string {
  return `Mahere · Quarterly report ${label} · as at ${asAt}`;
}

/** A CSS string literal (for `content:`): quotes, backslashes, line breaks and "<" escaped, so it cannot end its <style>. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, " ")
    .replace(/</g, "\\3C ")}"`;
}
