const MESSAGES: Record<string, string> = {
  created: "The indicator was created. The public indicators page shows it now.",
  updated: "Your changes were saved. The public indicators page shows them now.",
  unchanged: "Nothing had changed, so nothing was saved.",
  readings: "The readings were saved. The public indicators page shows them now.",
  "readings-unchanged": "The readings were the same as before, so nothing was saved.",
};

/** A confirmation after a save, from the redirect's query (a fixed sentence; nothing is echoed). */
export function IndicatorDoneBanner({ done }: { done: unknown }) {
  const message = typeof done === "string" ? MESSAGES[done] : undefined;
  if (!message) return null;
  return (
    <div role="status" className="my-4 border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold">
      {message}
    </div>
  );
}
