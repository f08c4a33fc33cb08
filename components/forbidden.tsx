import Link from "next/link";

/**
 * Shown to someone who may not use a staff page: by app/forbidden.tsx with HTTP 403 when the data
 * access layer refuses, or inline when a step is not possible in the update's current state.
 * Nothing about the refused item is shown beyond the reason the data access layer gave.
 */
export function Forbidden({ message, title = "You cannot open this page" }: { message: string; title?: string }) {
  return (
    <section aria-labelledby="forbidden-title" className="max-w-2xl">
      <p className="text-sm font-semibold tracking-wide text-[var(--color-muted)] uppercase">Error 403: not allowed</p>
      <h1 id="forbidden-title" className="mt-1 text-3xl font-bold">
        {title}
      </h1>
      <p className="mt-4 text-lg">{message}</p>
      <p className="mt-4">
        If you think you should have access, ask your agency&rsquo;s approver or the TEC monitoring team.
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <Link href="/my">My actions</Link>
        </li>
        <li>
          <Link href="/">The public progress site</Link>
        </li>
      </ul>
    </section>
  );
}
