import { getTranslations } from "next-intl/server";

/** A form, not a script: the switch works with JavaScript off and the choice persists in a cookie. */
export async function LanguageSwitch() {
  const t = await getTranslations("common.language");
  const target = t("switchToLang");
  return (
    <form action="/language" method="post">
      <input type="hidden" name="locale" value={target} />
      <button
        type="submit"
        lang={target === "mi" ? "mi" : "en-NZ"}
        title={t("switchHint")}
        className="min-h-11 rounded border-2 border-white px-3 py-1.5 font-semibold text-white hover:bg-white hover:text-[var(--color-brand)]"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
