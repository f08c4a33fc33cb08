import { getLocale } from "next-intl/server";

/**
 * A page title in the interface language first, with the other language alongside, each marked
 * with its `lang` (the page itself is en-NZ). Without a reviewed te reo Māori title, only the
 * English one is shown.
 */
export async function PageHeading({ en, mi }: { en: string; mi?: string }) {
  const miFirst = mi !== undefined && (await getLocale()) === "mi";
  return (
    <>
      <h1 lang={miFirst ? "mi" : undefined} className="text-3xl leading-tight font-bold sm:text-4xl">
        {miFirst ? mi : en}
      </h1>
      {mi && (
        <p lang={miFirst ? "en-NZ" : "mi"} className="mt-2 text-xl text-[var(--color-muted)]">
          {miFirst ? en : mi}
        </p>
      )}
    </>
  );
}
