import { createTranslator } from "use-intl/core";
import en from "@/messages/en/staff.json";
import { formatDateTime } from "@/lib/format/dates";
import type { AccountLinkKind } from "./account-link";

/**
 * The message carrying a one-time link (an invitation, or a reset by an administrator), in English
 * as the staff pages are until their te reo Māori is done.
 */
export function composeAccountLinkMail(
  kind: AccountLinkKind,
  c: { name: string; link: string; expiresAt: Date; siteUrl: string },
): { subject: string; text: string } {
  const t = createTranslator({ locale: "en", messages: { staff: en }, namespace: "staff.accountMail" });
  const values = { name: c.name, date: formatDateTime(c.expiresAt.toISOString()), site: c.siteUrl };
  return {
    subject: t(`${kind}.subject`),
    text: [
      t("greeting", values),
      "",
      t(`${kind}.body`, values),
      "",
      c.link,
      "",
      t("once", values),
      "",
      t("ignore"),
    ].join("\n"),
  };
}
