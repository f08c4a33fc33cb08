import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import enActions from "@/messages/en/actions.json";
import enCommon from "@/messages/en/common.json";
import enPages from "@/messages/en/pages.json";
import enPlan from "@/messages/en/plan.json";
import enStatus from "@/messages/en/status.json";
import type { PublicPlan } from "@/lib/public/types";
import {
  actionPreview,
  actionStatusChips,
  previewAlt,
  previewDescription,
  previewVersion,
  workstreamPreview,
  type PreviewText,
  type Translate,
} from "@/lib/seo/plan-previews";
import { publicAction, publicPlan } from "../../support/public-fixtures";

const messages = { common: enCommon, status: enStatus, pages: enPages, actions: enActions, plan: enPlan };
const translate = (namespace: string): Translate => {
  const t = createTranslator({ locale: "en", messages, namespace: namespace as never });
  return (key, values) => t(key as never, values as never);
};
const text: PreviewText = {
  common: translate("common"),
  status: translate("status"),
  meta: translate("pages.meta"),
  action: translate("actions.detail"),
  workstream: translate("plan.workstreams"),
};

const TODAY = "2025-03-01";
const status = publicAction({ code: "x" }).status;
const underwayAtRisk = { ...status, stage: "underway" as const, confidence: "at_risk" as const };

function plan(): PublicPlan {
  const actions = [
    publicAction({ code: "1.1", title: "Kaupapa Māori careers support for whānau", status: underwayAtRisk }),
    publicAction({
      code: "1.2",
      status: { ...status, stage: null, confidence: null, systemState: "not_yet_reported" },
    }),
    publicAction({ code: "1.3", status: { ...status, stage: "complete", confidence: null } }),
  ];
  return {
    ...publicPlan(actions, 0),
    agencies: [{ slug: "tec", acronym: "TEC", name: "Tertiary Education Commission", nameMi: null, websiteUrl: null }],
    workstreams: [
      {
        number: 1,
        title: "Careers information",
        titleMi: null,
        description: "One place for careers information.",
        leadAgency: "tec",
        recommendations: [],
        provenance: "illustrative",
        sourceUrl: null,
      },
    ],
  };
}

describe("an action's status in words, as its badges show it", () => {
  it("is its stage and confidence, then overdue with its days", () => {
    const action = publicAction({ code: "1.1", status: underwayAtRisk, baselineDue: "2025-02-01" });
    expect(actionStatusChips(action, text.status, TODAY)).toEqual([
      { key: "underway", label: "Underway" },
      { key: "at_risk", label: "At risk" },
      { key: "overdue", label: "Overdue by 28 days" },
    ]);
  });

  it("says not yet reported in place of a confidence it does not have, and stale after a stale rating", () => {
    const never = publicAction({
      code: "1.2",
      baselineDue: "2030-01-01",
      status: { ...status, stage: null, confidence: null, systemState: "not_yet_reported" },
    });
    expect(actionStatusChips(never, text.status, TODAY)).toEqual([
      { key: "not_yet_reported", label: "Not yet reported" },
    ]);
    const stale = publicAction({ code: "1.3", baselineDue: "2030-01-01", status: { ...status, systemState: "stale" } });
    expect(actionStatusChips(stale, text.status, TODAY).map((c) => c.label)).toEqual(["Underway", "On track", "Stale"]);
  });
});

describe("an action's preview", () => {
  const p = plan();
  const preview = actionPreview(p.actions[0]!, p, text, "2024-01-01");

  it("names the action, its status and its lead agency, with macrons intact", () => {
    expect(preview).toMatchObject({
      eyebrow: "Action 1.1",
      title: "Kaupapa Māori careers support for whānau",
      lead: "Tertiary Education Commission (TEC)",
      leadLabel: "Lead agency",
      illustrative: true,
    });
    expect(preview.summary).toBe(
      "Kaupapa Māori careers support for whānau. Status: Underway, At risk. Lead agency: Tertiary Education Commission (TEC).",
    );
    expect(previewAlt(preview)).toBe(`Action 1.1: ${preview.summary}`);
    expect(previewDescription({ ...preview, description: "More." })).toBe(`${preview.summary} More.`);
  });

  it("has a new version when its status changes, and the same one otherwise", () => {
    const again = actionPreview(p.actions[0]!, p, text, "2024-01-01");
    expect(previewVersion(again)).toBe(previewVersion(preview));
    const onTrack = { ...p.actions[0]!, status: { ...underwayAtRisk, confidence: "on_track" as const } };
    expect(previewVersion(actionPreview(onTrack, p, text, "2024-01-01"))).not.toBe(previewVersion(preview));
  });
});

describe("a workstream's preview", () => {
  it("counts its actions' statuses as the roll-ups do, overdue apart", () => {
    const p = plan();
    const preview = workstreamPreview(p.workstreams[0]!, p, text, "2025-01-01");
    expect(preview.chips).toEqual([
      { key: "at_risk", label: "1 At risk" },
      { key: "not_yet_reported", label: "1 Not yet reported" },
      { key: "no_rating", label: "1 Finished (no rating)" },
      { key: "overdue", label: "2 Overdue" },
    ]);
    expect(preview.summary).toBe(
      "Careers information. Lead agency: Tertiary Education Commission (TEC). 3 actions: 1 At risk, 1 Not yet reported, 1 Finished (no rating), 2 Overdue.",
    );
    expect(preview.eyebrow).toBe("Workstream 1");
  });
});
