import { uiText } from "@/i18n/ui-text";

const DONE = ["created", "updated", "unchanged", "readings", "readings-unchanged"] as const;

/** A confirmation after a save, from the redirect's query (a fixed sentence; nothing is echoed). */
export async function IndicatorDoneBanner({ done }: { done: unknown }) {
  const key = DONE.find((d) => d === done);
  if (!key) return null;
  const { L } = await uiText("admin.indicators.done");
  return (
    <div role="status" className="my-4 border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold">
      {L(key)}
    </div>
  );
}
