/**
 * What a report says when its content is not official reporting (the demo): on the page, on paper,
 * in the CSV (a column on every row, so the file stays one table) and in the workbook (a first sheet).
 * The page and paper take it from the message catalogue (`reports.demoNotice`, the same English); the
 * downloads are a data format and keep this text.
 */
export const DEMO_REPORT_NOTICE =
  "Demonstration data: this report was produced by a demonstration site. Its updates, dates and readings are examples, not official reporting.";

/** A CSS string literal (for `content:`): quotes, backslashes, line breaks and "<" escaped, so it cannot end its <style>. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, " ")
    .replace(/</g, "\\3C ")}"`;
}

/** Stand-ins for the page counters in the "Page {page} of {pages}" message, replaced by `cssPageNumbers`. */
export const PAGE_MARKS = { page: "\u0001", pages: "\u0002" } as const;

/**
 * CSS `content:` for the printed page numbers: the message (formatted with PAGE_MARKS as its values)
 * as CSS strings, with each stand-in replaced by its page counter.
 */
export function cssPageNumbers(text: string): string {
  return text
    .split(new RegExp(`(${PAGE_MARKS.page}|${PAGE_MARKS.pages})`))
    .filter((part) => part !== "")
    .map((part) => {
      if (part === PAGE_MARKS.page) return "counter(page)";
      if (part === PAGE_MARKS.pages) return "counter(pages)";
      return cssString(part);
    })
    .join(" ");
}
