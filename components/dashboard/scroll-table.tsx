import type { ReactNode } from "react";

/**
 * A table that may be wider than the screen: it scrolls on its own, reachable and named for keyboard
 * users. Positioned, so the visually hidden text in its cells is clipped with it rather than
 * widening the page.
 */
export function ScrollTable({
  label,
  className = "mt-3",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`relative overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
