import { renderMail } from "@/lib/mail/render";
import { formatDateTime } from "@/lib/format/dates";

/**
 * The message carrying a respondent's private resume link. In English for now: the te reo Māori
 * wording waits for a translator (docs/te-reo-status.md), and the link keeps the person's language.
 */
export function resumeLinkMail(
  lang: "en" | "mi",
  roundTitle: string,
  link: string,
  closesAt: Date,
): { subject: string; text: string; html: string } {
  const subject = `Your link to the stocktake: ${roundTitle}`;
  const { text, html } = renderMail(lang, subject, [
    {
      kind: "paragraph",
      text: `You started a response to “${roundTitle}”. This private link opens it again, on any device:`,
      link,
    },
    {
      kind: "paragraph",
      text: `Anyone with the link can read and change your answers, so keep it to yourself. The stocktake closes ${formatDateTime(closesAt.toISOString())}.`,
    },
  ]);
  return { subject, text, html };
}
