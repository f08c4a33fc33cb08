import { uiText } from "@/i18n/ui-text";

const DONE = ["generated", "edited", "closed"] as const;

/** A confirmation after a step, from the redirect's query (fixed sentences; only a valid label is echoed). */
export async function PeriodsBanner({ done, period }: { done: unknown; period: unknown }) {
  const key = DONE.find((d) => d === done);
  if (!key || typeof period !== "string" || !/^\d{4} Q[1-4]$/.test(period)) return null;
  const { L } = await uiText("admin.periods.done");
  return (
    <div role="status" className="my-4 border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold">
      {L(key, { period })}
    </div>
  );
}
