import type { QuestionLimits, QuestionOption } from "../../db/schema/stocktake";
import { INITIATIVE_FIELD_KINDS, INITIATIVE_SCALES, type InitiativeField, type QuestionKind } from "./vocabulary";

/** A question as a round is written (no ids yet): what a new round starts with, or copies. */
export type QuestionDraft = {
  kind: QuestionKind;
  label: string;
  labelMi?: string | null;
  help?: string | null;
  helpMi?: string | null;
  required: boolean;
  options?: QuestionOption[];
  limits?: QuestionLimits;
  field?: InitiativeField | null;
};

export type SectionDraft = {
  title: string;
  titleMi?: string | null;
  introduction?: string | null;
  introductionMi?: string | null;
  questions: QuestionDraft[];
};

const SCALE_OPTIONS: QuestionOption[] = INITIATIVE_SCALES.map((value) => ({
  value,
  label: { national: "National", regional: "Regional", local: "Local" }[value],
}));

function fieldQuestion(field: InitiativeField, q: Omit<QuestionDraft, "kind" | "field">): QuestionDraft {
  return { kind: INITIATIVE_FIELD_KINDS[field], field, ...q };
}

/**
 * The initiative questions every new round starts with (PRODUCT.md §9): who runs it and how to
 * reach them (never public), what it is, where and whom it serves, what support it gives, its
 * funding and dates, and the plan's recommendations and workstreams it serves. A monitor may
 * reword them and add others before the first response arrives.
 */
export function standardQuestionSet(): SectionDraft[] {
  return [
    {
      title: "Your organisation",
      introduction: "Who runs the initiative, and whom TEC may contact about it. Contact details are never published.",
      questions: [
        fieldQuestion("organisation", {
          label: "Organisation",
          required: true,
          limits: { maxLength: 200 },
        }),
        fieldQuestion("contact_name", {
          label: "Contact person",
          required: true,
          limits: { maxLength: 200 },
        }),
        fieldQuestion("contact_email", {
          label: "Contact email address",
          required: true,
          limits: { maxLength: 254 },
        }),
        fieldQuestion("contact_address", {
          label: "Postal address",
          required: false,
          limits: { maxLength: 500 },
        }),
      ],
    },
    {
      title: "The initiative",
      questions: [
        fieldQuestion("name", { label: "Name of the initiative", required: true, limits: { maxLength: 200 } }),
        fieldQuestion("description", {
          label: "What the initiative does",
          help: "A few sentences: what participants do and what they gain.",
          required: true,
          limits: { maxLength: 2000 },
        }),
        fieldQuestion("scale", { label: "Scale", required: true, options: SCALE_OPTIONS }),
        fieldQuestion("regions", {
          label: "Regions where it runs",
          help: "Choose every region; for a national initiative, choose all of them.",
          required: true,
        }),
        fieldQuestion("funding", {
          label: "Funding source",
          help: "For example: TEC, MSD, an iwi, a philanthropic trust, self-funded.",
          required: false,
          limits: { maxLength: 300 },
        }),
        fieldQuestion("start_date", { label: "Start date", required: false }),
        fieldQuestion("end_date", {
          label: "End date",
          help: "Leave empty if it is ongoing.",
          required: false,
        }),
      ],
    },
    {
      title: "Who it serves",
      introduction:
        "Count an initiative that was not designed for a group but has many participants from it: the stocktake looks for both.",
      questions: [
        fieldQuestion("populations", {
          label: "Population groups served",
          help: "For each group, say whether the initiative was designed for it or simply reaches many of its people.",
          required: true,
        }),
        fieldQuestion("supports", {
          label: "Kinds of support",
          required: true,
        }),
      ],
    },
    {
      title: "Links to the plan",
      questions: [
        fieldQuestion("plan_links", {
          label: "Recommendations and workstreams the initiative contributes to",
          required: false,
        }),
      ],
    },
  ];
}
