const MESSAGES: Record<string, (label: string) => string> = {
  generated: (label) => `${label} was added with the default deadlines. Check them and edit if needed.`,
  edited: (label) => `The deadlines of ${label} were saved.`,
  closed: (label) =>
    `${label} is closed. Its snapshot is frozen, and actions with nothing published for it now show as stale.`,
};

/** A confirmation after a step, from the redirect's query (fixed sentences; only a valid label is echoed). */
export function PeriodsBanner({ done, period }: { done: unknown; period: unknown }) {
  const message = typeof done === "string" ? MESSAGES[done] : undefined;
  if (!message || typeof period !== "string" || !/^\d{4} Q[1-4]$/.test(period)) return null;
  return (
    <div role="status" className="my-4 border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold">
      {message(period)}
    </div>
  );
}
