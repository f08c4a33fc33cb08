import Link from "next/link";
import type { ReactNode } from "react";

/**
 * Shown instead of a new form when the action already has its one open update for the period and
 * the person cannot continue it here (it is in review, or someone else wrote it).
 */
export function OpenUpdateNotice({ code, message, children }: { code: string; message: string; children?: ReactNode }) {
  return (
    <section aria-labelledby="open-update-title" className="max-w-2xl">
      <p className="text-sm font-semibold tracking-wide text-[var(--color-muted)] uppercase">Action {code}</p>
      <h1 id="open-update-title" className="mt-1 text-3xl font-bold">
        This action&rsquo;s update is already open
      </h1>
      <p className="mt-4 text-lg">{message}</p>
      {children}
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <Link href="/my">My actions</Link>
        </li>
        <li>
          <Link href={`/actions/${encodeURIComponent(code)}`}>The action&rsquo;s public page</Link>
        </li>
      </ul>
    </section>
  );
}
