/** A period's address in the URL: "2026 Q3" is `2026-q3`. */
export function periodSlug(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
