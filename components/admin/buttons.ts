export const PRIMARY_BUTTON =
  "min-h-11 rounded bg-[var(--color-brand)] px-5 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70";

export const SECONDARY_BUTTON =
  "min-h-11 rounded border-2 border-[var(--color-brand)] bg-white px-5 py-2 font-semibold text-[var(--color-brand)] hover:bg-slate-100 disabled:opacity-70";

export const DANGER_BUTTON =
  "min-h-11 rounded bg-red-800 px-5 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-70";

/** A link that looks like the primary button (for "Add …" on list pages). */
export const PRIMARY_LINK =
  "inline-flex min-h-11 items-center rounded bg-[var(--color-brand)] px-5 py-2 font-semibold text-white no-underline hover:bg-[var(--color-brand-dark)] hover:text-white";
