/**
 * What an action's or a workstream's preview says: the words its preview image draws, its image's
 * alternative text and its meta description all come from here, so they cannot disagree. Pure: the
 * caller passes the message catalogue's translators and today's date.
 */
import { createHash } from "node:crypto";
import { actionsOfWorkstream } from "@/lib/public/plan-lookups";
import { rollUpActions } from "@/lib/public/roll-up-actions";
import type { PublicAction, PublicAgency, PublicPlan, PublicWorkstream } from "@/lib/public/types";
import { MIX_ORDER } from "@/lib/rollup/roll-up";
import { labelKey } from "@/lib/status/label-key";
import { overdueDaysOf } from "@/lib/status/overdue";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The catalogue namespaces a preview reads: common, status, pages.meta, actions.detail and plan.workstreams. */
export type PreviewText = {
  common: Translate;
  status: Translate;
  meta: Translate;
  action: Translate;
  workstream: Translate;
};

/** One status as a preview shows it: its key in the status palette ("overdue" for overdue) and its words. */
export type StatusChip = { key: string; label: string };

export type Preview = {
  /** "Action 1.4", "Workstream 2". */
  eyebrow: string;
  title: string;
  chips: StatusChip[];
  leadLabel: string;
  lead: string;
  illustrative: boolean;
  /** Title, status and lead agency in a sentence or two: the image's alternative text after the eyebrow. */
  summary: string;
  /** The item's own description, which a meta description adds after the summary. */
  description: string;
};

const agencyName = (agency: PublicAgency | undefined, slug: string) =>
  agency ? `${agency.name} (${agency.acronym})` : slug;

/** An action's current status as the site's badges show it: stage, confidence or the state in its place, overdue. */
export function actionStatusChips(action: PublicAction, t: Translate, today: string): StatusChip[] {
  const chip = (key: Parameters<typeof labelKey>[0]): StatusChip => ({ key, label: t(labelKey(key)) });
  const { stage, confidence, systemState } = action.status;
  const chips =
    systemState === "not_yet_reported" || stage === null
      ? [chip("not_yet_reported")]
      : [chip(stage), ...(confidence ? [chip(confidence)] : []), ...(systemState === "stale" ? [chip("stale")] : [])];
  const overdue = overdueDaysOf(action, today);
  return overdue === null ? chips : [...chips, { key: "overdue", label: t("system.overdue", { days: overdue }) }];
}

/** A set of actions as counts: the confidence mix, then the states counted apart from it, then overdue. */
export function mixChips(actions: PublicAction[], t: Translate, today: string): StatusChip[] {
  const rollUp = rollUpActions(actions, today);
  const chips = MIX_ORDER.filter((k) => rollUp.byConfidence[k] > 0).map((k) => ({
    key: k,
    label: `${rollUp.byConfidence[k]} ${t(labelKey(k))}`,
  }));
  const overdue = rollUp.overdue ?? 0;
  return overdue > 0 ? [...chips, { key: "overdue", label: `${overdue} ${t("system.overdueName")}` }] : chips;
}

export function actionPreview(action: PublicAction, plan: PublicPlan, text: PreviewText, today: string): Preview {
  const lead = agencyName(
    plan.agencies.find((a) => a.slug === action.leadAgency),
    action.leadAgency,
  );
  const chips = actionStatusChips(action, text.status, today);
  return {
    eyebrow: text.action("action", { code: action.code }),
    title: action.title,
    chips,
    leadLabel: text.action("lead"),
    lead,
    illustrative: action.provenance === "illustrative",
    summary: text.meta("action", { title: action.title, status: chips.map((c) => c.label).join(", "), lead }),
    description: action.description,
  };
}

export function workstreamPreview(
  workstream: PublicWorkstream,
  plan: PublicPlan,
  text: PreviewText,
  today: string,
): Preview {
  const lead = agencyName(
    plan.agencies.find((a) => a.slug === workstream.leadAgency),
    workstream.leadAgency,
  );
  const actions = actionsOfWorkstream(plan.actions, workstream.number);
  const chips = mixChips(actions, text.status, today);
  return {
    eyebrow: text.workstream("workstream", { number: workstream.number }),
    title: workstream.title,
    chips,
    leadLabel: text.workstream("lead"),
    lead,
    illustrative: workstream.provenance === "illustrative",
    summary: text.meta("workstream", {
      title: workstream.title,
      lead,
      count: actions.length,
      mix: chips.map((c) => c.label).join(", "),
    }),
    description: workstream.description,
  };
}

/** The preview's meta description: the summary, then as much of the item's own description as fits. */
export function previewDescription(preview: Preview): string {
  return `${preview.summary} ${preview.description}`;
}

/** What the image shows, for its alternative text. */
export function previewAlt(preview: Preview): string {
  return `${preview.eyebrow}: ${preview.summary}`;
}

/**
 * A short fingerprint of what the image shows, put in its address: a site that keeps previews by
 * address (most social networks do) fetches a new one when the status changes.
 */
export function previewVersion(preview: Preview): string {
  return createHash("sha256").update(JSON.stringify(preview)).digest("hex").slice(0, 12);
}
