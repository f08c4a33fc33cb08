import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="bg-[var(--color-brand)] text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-4 sm:px-6">
        <Link href="/" className="text-2xl font-bold text-white no-underline hover:text-white">
          Mahere
        </Link>
        <p className="text-sm">National Careers System Strategy Action Plan progress</p>
      </div>
    </header>
  );
}
