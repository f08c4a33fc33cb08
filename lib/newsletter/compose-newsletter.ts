import { createTranslator } from "use-intl/core";
import status from "@/messages/en/status.json";
import { formatDate } from "@/lib/format/dates";
import { nzDateOf } from "@/lib/periods/nz-time";
import { oneClickUnsubscribeHeaders, renderHtmlFragment, renderMail, type MailBlock } from "@/lib/mail/render";
import type { ActionRef, QuarterlyReport } from "@/lib/reports/types";
import { bilingual, subscriptionText, type ComposedMail } from "@/lib/subscriptions/compose-mail";

const statusText = createTranslator({ locale: "en", messages: { status }, namespace: "status" });
const en = () => subscriptionText("en");
const refs = (list: ActionRef[]) => list.map((a) => `${a.code} ${a.title}`).join("; ");

/** "Underway 12, Complete 3": the non-zero counts of a breakdown, each with its label. */
function counts(byKey: Record<string, number>, label: (key: string) => string): string {
  return Object.entries(byKey)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => `${label(key)} ${n}`)
    .join(", ");
}

const stageLabel = (key: string) =>
  key === "not_yet_reported" ? statusText("system.not_yet_reported") : statusText(`stage.${key}` as "stage.underway");
const confidenceLabel = (key: string) =>
  key === "not_yet_reported"
    ? statusText("system.not_yet_reported")
    : statusText(`confidence.${key}` as "confidence.on_track");

/**
 * What the newsletter says of a closed period, from its public quarterly report (the frozen
 * snapshot): the plan at a glance, what changed since the previous closed period, what needs
 * attention, and a link to the full report. Public content only: pass the public report.
 */
export function newsletterBlocks(report: QuarterlyReport, publicUrl: string): MailBlock[] {
  if (report.version !== "public") throw new Error("newsletterBlocks: give the public report.");
  const t = en();
  const { period, overview, changes, exceptions } = report;
  const blocks: MailBlock[] = [
    { kind: "heading", level: 1, text: bilingual("newsletter.heading") },
    {
      kind: "paragraph",
      text: t("newsletter.intro", { period: period.label, closed: formatDate(nzDateOf(new Date(period.closedAt))) }),
    },
    { kind: "heading", level: 2, text: bilingual("newsletter.overviewHeading") },
    { kind: "paragraph", text: t("newsletter.actions", { count: overview.actions }) },
    { kind: "paragraph", text: t("newsletter.byStage", { list: counts(overview.byStage, stageLabel) }) },
    {
      kind: "paragraph",
      text: t("newsletter.byConfidence", { list: counts(overview.byConfidence, confidenceLabel) }),
    },
  ];
  if (changes) {
    const stageChanges = changes.stage.map(
      (c) => `${c.code} ${c.title} (${c.from ? stageLabel(c.from) : "—"} → ${c.to ? stageLabel(c.to) : "—"})`,
    );
    const lines = [
      changes.newlyComplete.length > 0 && t("newsletter.newlyComplete", { list: refs(changes.newlyComplete) }),
      stageChanges.length > 0 && t("newsletter.stageChanges", { list: stageChanges.join("; ") }),
      changes.newSlips.length > 0 && t("newsletter.newSlips", { list: refs(changes.newSlips) }),
    ].filter((line): line is string => typeof line === "string");
    blocks.push(
      { kind: "heading", level: 2, text: bilingual("newsletter.changesHeading", { previous: changes.previousPeriod }) },
      ...(lines.length > 0 ? lines : [t("newsletter.noChanges")]).map((text): MailBlock => ({
        kind: "paragraph",
        text,
      })),
    );
  }
  const attention = [
    exceptions.atRisk.length > 0 && t("newsletter.atRisk", { list: refs(exceptions.atRisk) }),
    exceptions.unachievable.length > 0 && t("newsletter.unachievable", { list: refs(exceptions.unachievable) }),
    exceptions.slipped.length > 0 && t("newsletter.slipped", { count: exceptions.slipped.length }),
  ].filter((line): line is string => typeof line === "string");
  blocks.push(
    { kind: "heading", level: 2, text: bilingual("newsletter.attentionHeading") },
    ...(attention.length > 0 ? attention : [t("newsletter.nothingAtRisk")]).map((text): MailBlock => ({
      kind: "paragraph",
      text,
    })),
    { kind: "paragraph", text: t("newsletter.readReport"), link: `${publicUrl}/reports/${period.slug}` },
  );
  return blocks;
}

export function newsletterSubject(report: QuarterlyReport): string {
  return `${subscriptionText("mi")("newsletter.subject")} · ${en()("newsletter.subject", { period: report.period.label })}`;
}

/**
 * The newsletter as HTML to paste into TEC's own newsletter: no page around it, styles inline.
 * `headingOffset` (see renderHtmlFragment) fits it under a page's own headings, for a preview.
 */
export function newsletterHtml(report: QuarterlyReport, publicUrl: string, headingOffset = 0): string {
  return renderHtmlFragment(newsletterBlocks(report, publicUrl), headingOffset);
}

/**
 * The newsletter as a message to one subscriber of the whole plan, ending with its one-click
 * unsubscribe and manage links. A test send has no subscription behind it: its links lead to the
 * sign-up page and it carries no List-Unsubscribe headers.
 */
export function composeNewsletter(
  report: QuarterlyReport,
  publicUrl: string,
  links: { unsubscribePage: string; unsubscribePost: string | null; manage: string },
  test = false,
): ComposedMail {
  const t = en();
  const subject = `${test ? "[Test] " : ""}${newsletterSubject(report)}`;
  const blocks: MailBlock[] = [
    ...newsletterBlocks(report, publicUrl),
    { kind: "heading", level: 2, text: bilingual("mail.linksHeading") },
    { kind: "paragraph", text: t("newsletter.unsubscribe"), link: links.unsubscribePage },
    { kind: "paragraph", text: t("mail.manage"), link: links.manage },
    { kind: "signature", text: t("mail.signature") },
  ];
  return {
    subject,
    ...renderMail("en", subject, blocks),
    headers: links.unsubscribePost ? oneClickUnsubscribeHeaders(links.unsubscribePost) : {},
  };
}
