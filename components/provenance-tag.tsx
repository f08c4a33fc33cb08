import type { Provenance } from "@/lib/status/vocabulary";

/** Marks demo content that is not a confirmed fact about the real plan. */
export function ProvenanceTag({ provenance }: { provenance: Provenance }) {
  if (provenance === "confirmed") return null;
  return (
    <span className="ml-2 inline-block rounded border border-slate-500 px-1.5 py-0.5 align-middle text-xs font-medium text-[var(--color-muted)]">
      Illustrative
    </span>
  );
}
