import { compareActionCodes } from "@/lib/rollup/compare-action-codes";

export type VersionRow = { version: string; effectiveOn: string | null; publishedAt: Date | null; state: string };

/**
 * The plan version a snapshot was taken under: the newest version published by `at`. A version
 * published through Mahere counts from its publication; one recorded without (the seeded baseline
 * and its revisions) from the start of its effective date.
 */
export function planVersionAt(versions: readonly VersionRow[], at: Date): string | null {
  const inEffect = versions.filter((v) => {
    if (v.state !== "published" || !v.effectiveOn) return false;
    const from = v.publishedAt ?? new Date(`${v.effectiveOn}T00:00:00Z`);
    return from.getTime() <= at.getTime();
  });
  const newest = inEffect.sort((a, b) => compareActionCodes(b.version, a.version))[0];
  return newest?.version ?? null;
}
