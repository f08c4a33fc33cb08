import type { ReactNode } from "react";

/** A wide table's wrapper: scrolls sideways on a phone and can be reached and scrolled by keyboard. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="mt-4 overflow-x-auto">
      {children}
    </div>
  );
}
