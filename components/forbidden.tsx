import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { uiText } from "@/i18n/ui-text";

/**
 * Shown to someone who may not use a staff page: by app/forbidden.tsx with HTTP 403 when the data
 * access layer refuses, or inline when a step is not possible in the update's current state.
 * Nothing about the refused item is shown beyond the reason the data access layer gave.
 */
export async function Forbidden({ message, title }: { message: ReactNode; title?: ReactNode }) {
  const { t, lang, L } = await uiText("staff.forbidden");
  return (
    <section aria-labelledby="forbidden-title" className="max-w-2xl">
      <p lang={lang("eyebrow")} className="text-sm font-semibold tracking-wide text-[var(--color-muted)] uppercase">
        {t("eyebrow")}
      </p>
      <h1
        id="forbidden-title"
        lang={title === undefined ? lang("title") : undefined}
        className="mt-1 text-3xl font-bold"
      >
        {title ?? t("title")}
      </h1>
      <p className="mt-4 text-lg">{message}</p>
      <p lang={lang("askForAccess")} className="mt-4">
        {t("askForAccess")}
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <Link href="/my">{L("myActions")}</Link>
        </li>
        <li>
          <Link href="/">{L("publicSite")}</Link>
        </li>
      </ul>
    </section>
  );
}
