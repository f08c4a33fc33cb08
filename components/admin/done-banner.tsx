import { uiText } from "@/i18n/ui-text";

/** A confirmation after a change, from the redirect's query: a fixed sentence, nothing echoed. */
export async function DoneBanner({
  namespace,
  keys,
  done,
}: {
  namespace: string;
  keys: readonly string[];
  done: unknown;
}) {
  const key = keys.find((k) => k === done);
  if (!key) return null;
  const { L } = await uiText(namespace);
  return (
    <div role="status" className="my-4 border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold">
      {L(key)}
    </div>
  );
}
