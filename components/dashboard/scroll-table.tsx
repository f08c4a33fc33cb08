import type { ReactNode } from "react";

/** A table that may be wider than the screen: it scrolls on its own, reachable and named for keyboard users. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
