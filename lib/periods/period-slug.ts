/** Periods in URLs: "2026 Q3" ⇄ "2026-q3". */

export function periodSlug(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, "-");
}

export function sameSlug(label: string, slug: string): boolean {
  return periodSlug(label) === slug.trim().toLowerCase();
}
