import { createTranslator } from "use-intl/core";
import status from "@/messages/en/status.json";
import { formatDate } from "@/lib/format/dates";
import { nzDateOf } from "@/lib/periods/nz-time";
import { oneClickUnsubscribeHeaders, renderMail, type MailBlock } from "@/lib/mail/render";
import { bilingual, subscriptionText, type ComposedMail } from "@/lib/subscriptions/compose-mail";

/** One published update as a digest tells of it: public fields only. */
export type DigestEntry = {
  actionCode: string;
  actionTitle: string;
  publishedAt: Date;
  stage: string;
  confidence: string | null;
  narrative: string;
};

export type DigestInput = {
  /** The New Zealand day of the digest ('YYYY-MM-DD'). */
  day: string;
  entries: DigestEntry[];
  /** What the address follows, in words ("action 1.4: …"). */
  following: string[];
  /** MAHERE_PUBLIC_URL: every link is built on it. */
  publicUrl: string;
  links: { unsubscribePage: string; unsubscribePost: string; manage: string };
};

const statusText = createTranslator({ locale: "en", messages: { status }, namespace: "status" });

/** Sorts by action code (1.2 before 1.10), then oldest first. */
function byActionThenTime(a: DigestEntry, b: DigestEntry): number {
  const [aw, an] = a.actionCode.split(".").map(Number);
  const [bw, bn] = b.actionCode.split(".").map(Number);
  return aw! - bw! || an! - bn! || a.publishedAt.getTime() - b.publishedAt.getTime();
}

/**
 * One address's digest of a day: every update it has not had yet, in English, with te reo Māori
 * headings, as plain text and HTML. It ends with one link that stops all of the address's
 * subscriptions (also in its List-Unsubscribe headers, for a mail program's one click) and one
 * to see and stop them one by one.
 */
export function composeDigest(input: DigestInput): ComposedMail {
  const t = subscriptionText("en");
  const date = formatDate(input.day);
  const subject = `${subscriptionText("mi")("digest.subject")} · ${t("digest.subject", { date })}`;
  const entries = [...input.entries].sort(byActionThenTime);
  const blocks: MailBlock[] = [
    { kind: "heading", level: 1, text: bilingual("digest.heading") },
    { kind: "paragraph", text: t("mail.greeting") },
    { kind: "paragraph", text: t("digest.intro", { count: entries.length }) },
    { kind: "paragraph", text: t("digest.following", { what: input.following.join("; ") }) },
    { kind: "heading", level: 2, text: bilingual("digest.updatesHeading") },
    ...entries.flatMap((e): MailBlock[] => {
      const stage = statusText(`stage.${e.stage}` as "stage.underway");
      const state = e.confidence
        ? t("digest.status", { stage, confidence: statusText(`confidence.${e.confidence}` as "confidence.on_track") })
        : t("digest.stageOnly", { stage });
      return [
        { kind: "title", text: `${e.actionCode} ${e.actionTitle}`, link: `${input.publicUrl}/actions/${e.actionCode}` },
        { kind: "meta", text: `${t("digest.published", { date: formatDate(nzDateOf(e.publishedAt)) })} · ${state}` },
        ...(e.narrative.trim() ? [{ kind: "paragraph", text: e.narrative.trim() } as const] : []),
      ];
    }),
    { kind: "heading", level: 2, text: bilingual("mail.linksHeading") },
    { kind: "paragraph", text: t("digest.unsubscribe"), link: input.links.unsubscribePage },
    { kind: "paragraph", text: t("mail.manage"), link: input.links.manage },
    { kind: "signature", text: t("mail.signature") },
  ];
  return {
    subject,
    ...renderMail("en", subject, blocks),
    headers: oneClickUnsubscribeHeaders(input.links.unsubscribePost),
  };
}
