import { createTranslator } from "use-intl/core";
import en from "@/messages/en/subscriptions.json";
import mi from "@/messages/mi/subscriptions.json";
import type { Locale } from "@/i18n/config";
import type { Followed } from "./scope";

const CATALOGUES = { en, mi } as const;

/** The subscription messages of one language, outside a request (the job and the actions use it). */
export function subscriptionText(locale: Locale) {
  return createTranslator({ locale, messages: { subscriptions: CATALOGUES[locale] }, namespace: "subscriptions" });
}

/** What is followed, in words: "action 1.4: Determine criteria for quality CEIAG". */
export function describeFollowed(locale: Locale, f: Followed, title: string): string {
  const t = subscriptionText(locale);
  if (f.scope === "workstream") return t("what.workstream", { number: f.number, title });
  if (f.scope === "action") return t("what.action", { code: f.code, title });
  return t("what.all");
}

/**
 * The consent sentence the follow form shows. The form and the consent record both take it from
 * here, so what is recorded is exactly what was shown.
 */
export function consentWording(locale: Locale, what: string): string {
  return subscriptionText(locale)("form.consent", { what });
}

export type SubscriptionLinks = {
  /** The confirmation page, for a confirmation message. */
  confirm?: string;
  /** The page with the "stop" button (a GET there changes nothing). */
  unsubscribePage: string;
  /** Where a one-click POST (RFC 8058) stops the subscription at once. */
  unsubscribePost: string;
  manage: string;
};

export type ComposedMail = { subject: string; text: string; html: string; headers: Record<string, string> };

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A subscription message in the language it was asked for in. Headings carry the te reo Māori and
 * the English side by side; every message ends with its one-click unsubscribe and manage links and
 * says so in its List-Unsubscribe headers too.
 */
export function composeSubscriptionMail(
  kind: "confirm" | "already",
  locale: Locale,
  what: string,
  links: SubscriptionLinks,
): ComposedMail {
  const t = subscriptionText(locale);
  const english = subscriptionText("en");
  const maori = subscriptionText("mi");
  const headingKey = kind === "confirm" ? "mail.confirmHeading" : "mail.alreadyHeading";
  const subjectKey = kind === "confirm" ? "mail.confirmSubject" : "mail.alreadySubject";
  const heading = { en: english(headingKey), mi: maori(headingKey) };
  const linksHeading = { en: english("mail.linksHeading"), mi: maori("mail.linksHeading") };
  const subject = `${maori(subjectKey)} · ${english(subjectKey)}`;
  const paragraphs: { text: string; link?: string }[] =
    kind === "confirm"
      ? [{ text: t("mail.confirmBody", { what }), link: links.confirm }, { text: t("mail.confirmIgnore") }]
      : [{ text: t("mail.alreadyBody", { what }) }];
  const footer: { text: string; link: string }[] = [
    { text: t("mail.unsubscribe"), link: links.unsubscribePage },
    { text: t("mail.manage"), link: links.manage },
  ];

  const text = [
    `${heading.mi} · ${heading.en}`,
    "",
    t("mail.greeting"),
    "",
    ...paragraphs.flatMap((p) => [p.text, ...(p.link ? [p.link] : []), ""]),
    `${linksHeading.mi} · ${linksHeading.en}`,
    "",
    ...footer.flatMap((f) => [f.text, f.link, ""]),
    "-- ",
    t("mail.signature"),
    "",
  ].join("\n");

  const h = (s: string) => escapeHtml(s);
  const bilingual = (b: { en: string; mi: string }) =>
    `<span lang="mi">${h(b.mi)}</span> · <span lang="en">${h(b.en)}</span>`;
  const html = [
    "<!doctype html>",
    `<html lang="${locale === "mi" ? "mi" : "en-NZ"}"><head><meta charset="utf-8"><title>${h(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    `<h1 style="font-size: 1.4em">${bilingual(heading)}</h1>`,
    `<p>${h(t("mail.greeting"))}</p>`,
    ...paragraphs.map((p) => `<p>${h(p.text)}${p.link ? `<br><a href="${h(p.link)}">${h(p.link)}</a>` : ""}</p>`),
    `<h2 style="font-size: 1.1em">${bilingual(linksHeading)}</h2>`,
    ...footer.map((f) => `<p>${h(f.text)}<br><a href="${h(f.link)}">${h(f.link)}</a></p>`),
    `<p style="color: #555">${h(t("mail.signature"))}</p>`,
    "</body></html>",
  ].join("\n");

  return {
    subject,
    text,
    html,
    headers: {
      "List-Unsubscribe": `<${links.unsubscribePost}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
