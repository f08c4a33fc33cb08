import type { ReactNode } from "react";

/**
 * A wide table's wrapper: scrolls sideways on a phone and can be reached and scrolled by keyboard.
 * Positioned, so visually hidden (absolute) text inside the table cannot widen the page.
 */
export function ScrollRegion({
  label,
  labelledBy,
  className = "mt-4",
  children,
}: {
  label?: string;
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
      tabIndex={0}
      className={`relative overflow-x-auto ${className}`}
    >
      {children}
    </div>
  );
}
