import type { Confidence, Stage } from "@/lib/status/vocabulary";

/**
 * The author's own fields of a progress update, defined once, in the form's order: whether the
 * public may read it once published, and, for text, its length limit and how a validation message
 * names it. The form's labels are in the message catalogue (`staff.updateForm.fields.*`).
 * The form's values, the validation's limits, the staff and review views, the audit
 * snapshot, the last published update and the public shape are all built from this list, so a new
 * field is added here and, for its label, in the catalogue, and nowhere else by hand.
 */
export const CONTENT_FIELDS = {
  stage: { public: true },
  confidence: { public: true },
  forecastDue: { public: true },
  publicNarrative: { public: true, limit: 4000, called: "the public narrative" },
  explanation: { public: true, limit: 2000, called: "the explanation" },
  recoveryStep: { public: true, limit: 2000, called: "the recovery step" },
  notProceedingReason: { public: true, limit: 2000, called: "the reason" },
  risks: { public: true, limit: 2000, called: "the risks" },
  nextSteps: { public: true, limit: 2000, called: "the next steps" },
  internalNotes: { public: false, limit: 4000, called: "the internal notes" },
} as const satisfies Record<keyof UpdateContent, { public: boolean; limit?: number; called?: string }>;

/** The content of an update, as stored and as validated. */
export type UpdateContent = {
  stage: Stage;
  confidence: Confidence | null;
  forecastDue: string | null;
  publicNarrative: string;
  explanation: string | null;
  recoveryStep: string | null;
  notProceedingReason: string | null;
  risks: string;
  nextSteps: string;
  internalNotes: string;
};

export type ContentField = keyof typeof CONTENT_FIELDS;
export type PublicContentField = {
  [K in ContentField]: (typeof CONTENT_FIELDS)[K]["public"] extends true ? K : never;
}[ContentField];
export type TextField = {
  [K in ContentField]: (typeof CONTENT_FIELDS)[K] extends { limit: number } ? K : never;
}[ContentField];
/** What the public may read of an update once it is published. */
export type PublicContent = Pick<UpdateContent, PublicContentField>;

export const CONTENT_FIELD_NAMES = Object.keys(CONTENT_FIELDS) as ContentField[];
export const PUBLIC_CONTENT_FIELDS = CONTENT_FIELD_NAMES.filter(
  (n) => CONTENT_FIELDS[n].public,
) as PublicContentField[];
export const TEXT_FIELDS = CONTENT_FIELD_NAMES.filter((n) => "limit" in CONTENT_FIELDS[n]) as TextField[];

/** A stored row's content columns: the database keeps stage and confidence as plain text. */
export type StoredContent = Omit<UpdateContent, "stage" | "confidence"> & { stage: string; confidence: string | null };

export type StoredPublicContent = Pick<StoredContent, PublicContentField>;

/** The content fields of a row or validated input, and nothing else. */
export function pickContent(source: StoredContent): UpdateContent {
  return Object.fromEntries(CONTENT_FIELD_NAMES.map((n) => [n, source[n]])) as UpdateContent;
}

/** The fields the public may read, and nothing else: never the internal notes. */
export function pickPublicContent(source: StoredPublicContent): PublicContent {
  return Object.fromEntries(PUBLIC_CONTENT_FIELDS.map((n) => [n, source[n]])) as PublicContent;
}

/** A new update's content: the stage and forecast carried forward, every text and confidence empty. */
export function newContent(stage: Stage, forecastDue: string | null): UpdateContent {
  return {
    stage,
    confidence: null,
    forecastDue,
    publicNarrative: "",
    explanation: null,
    recoveryStep: null,
    notProceedingReason: null,
    risks: "",
    nextSteps: "",
    internalNotes: "",
  };
}

/** The content as form values: every field a string, empty for none. */
export function contentFormValues(content: UpdateContent): Record<ContentField, string> {
  return Object.fromEntries(CONTENT_FIELD_NAMES.map((n) => [n, content[n] ?? ""])) as Record<ContentField, string>;
}

/** The public fields under the names the published shape and the API use: the narrative is `narrative`. */
export function publishedFields(source: StoredPublicContent) {
  const { publicNarrative, ...rest } = pickPublicContent(source);
  return { ...rest, narrative: publicNarrative };
}
