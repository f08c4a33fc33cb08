export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-300 bg-[var(--color-wash)]">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-[var(--color-muted)] sm:px-6">
        <p>
          Mahere tracks the National Careers System Strategy Action Plan for the Tertiary Education Commission and the
          agencies that deliver it.
        </p>
      </div>
    </footer>
  );
}
