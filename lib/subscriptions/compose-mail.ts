import { createTranslator } from "use-intl/core";
import en from "@/messages/en/subscriptions.json";
import mi from "@/messages/mi/subscriptions.json";
import type { Locale } from "@/i18n/config";
import {
  bilingualText,
  oneClickUnsubscribeHeaders,
  renderMail,
  type Bilingual,
  type MailBlock,
} from "@/lib/mail/render";
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
  const headingKey = kind === "confirm" ? "mail.confirmHeading" : "mail.alreadyHeading";
  const subjectKey = kind === "confirm" ? "mail.confirmSubject" : "mail.alreadySubject";
  const subject = bilingualText(bilingual(subjectKey));
  const paragraphs: MailBlock[] =
    kind === "confirm"
      ? [
          { kind: "paragraph", text: t("mail.confirmBody", { what }), link: links.confirm },
          { kind: "paragraph", text: t("mail.confirmIgnore") },
        ]
      : [{ kind: "paragraph", text: t("mail.alreadyBody", { what }) }];
  const blocks: MailBlock[] = [
    { kind: "heading", level: 1, text: bilingual(headingKey) },
    { kind: "paragraph", text: t("mail.greeting") },
    ...paragraphs,
    { kind: "heading", level: 2, text: bilingual("mail.linksHeading") },
    { kind: "paragraph", text: t("mail.unsubscribe"), link: links.unsubscribePage },
    { kind: "paragraph", text: t("mail.manage"), link: links.manage },
    { kind: "signature", text: t("mail.signature") },
  ];
  return {
    subject,
    ...renderMail(locale, subject, blocks),
    headers: oneClickUnsubscribeHeaders(links.unsubscribePost),
  };
}

/** A message text in te reo Māori and English, for a heading or a subject. */
export function bilingual(
  key: Parameters<ReturnType<typeof subscriptionText>>[0],
  values?: Record<string, string | number>,
): Bilingual {
  return { mi: subscriptionText("mi")(key, values), en: subscriptionText("en")(key, values) };
}
