import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { uiText } from "@/i18n/ui-text";

/**
 * Shown instead of a new form when the action already has its one open update for the period and
 * the person cannot continue it here (it is in review, or someone else wrote it).
 */
export async function OpenUpdateNotice({
  code,
  message,
  children,
}: {
  code: string;
  message: string;
  children?: ReactNode;
}) {
  const { t, lang, L } = await uiText("staff.openUpdate");
  return (
    <section aria-labelledby="open-update-title" className="max-w-2xl">
      <p lang={lang("action")} className="text-sm font-semibold tracking-wide text-[var(--color-muted)] uppercase">
        {t("action", { code })}
      </p>
      <h1 id="open-update-title" lang={lang("title")} className="mt-1 text-3xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-4 text-lg">{message}</p>
      {children}
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <Link href="/my">{L("myActions")}</Link>
        </li>
        <li>
          <Link href={`/actions/${encodeURIComponent(code)}`}>{L("publicPage")}</Link>
        </li>
      </ul>
    </section>
  );
}
