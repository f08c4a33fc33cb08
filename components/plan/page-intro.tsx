import type { ReactNode } from "react";

/** A page's h1, its te reo Māori title when there is one, and a lead paragraph. */
export function PageIntro({
  title,
  titleMi,
  eyebrow,

  children,
}: {
  title: ReactNode;
  titleMi?: string | null;
  eyebrow?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <>
      {eyebrow && <p className="text-sm font-semibold tracking-wide text-[var(--color-muted)] uppercase">{eyebrow}</p>}
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{title}</h1>
      {titleMi && (
        <p lang="mi" className="mt-2 text-xl text-[var(--color-muted)]">
          {titleMi}
        </p>
      )}
      {children && <div className="mt-4 max-w-3xl text-lg">{children}</div>}
    </>
  );
}
