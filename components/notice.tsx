import type { ReactNode } from "react";

/** A plain, prominent notice; `role="note"` keeps it out of the live-region machinery. */
export function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside
      aria-label={title}
      className="my-4 border-l-4 border-[var(--color-notice-border)] bg-[var(--color-notice)] px-4 py-3"
    >
      <p className="font-semibold">{title}</p>
      <div className="mt-1 text-[0.95rem]">{children}</div>
    </aside>
  );
}
