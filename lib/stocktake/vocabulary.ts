import { POPULATION_GROUPS, type PopulationGroup } from "../status/vocabulary";

/**
 * The fixed lists of the stocktake of initiatives (PRODUCT.md §9). The database checks, the
 * validation, the survey's questions and the analysis all read these, so a value is added in one
 * place. Labels live in the messages (`stocktake.vocabulary.*`), in both languages.
 */

/** The sixteen regions of New Zealand, north to south. */
export const NZ_REGIONS = [
  "northland",
  "auckland",
  "waikato",
  "bay_of_plenty",
  "gisborne",
  "hawkes_bay",
  "taranaki",
  "manawatu_whanganui",
  "wellington",
  "tasman",
  "nelson",
  "marlborough",
  "west_coast",
  "canterbury",
  "otago",
  "southland",
] as const;
export type NzRegion = (typeof NZ_REGIONS)[number];

/** The population groups the plan tracks (the same list the indicators break down by). */
export { POPULATION_GROUPS, type PopulationGroup };

/**
 * How an initiative serves a group: designed for it, or not designed for it but reaching many of
 * its people (the refugee stocktake counted both).
 */
export const POPULATION_REACH = ["designed", "reaches"] as const;
export type PopulationReach = (typeof POPULATION_REACH)[number];

export const SUPPORT_KINDS = [
  "careers_information",
  "advice_guidance",
  "employment_placement",
  "training",
  "qualification_recognition",
  "employer_engagement",
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const INITIATIVE_SCALES = ["national", "regional", "local"] as const;
export type InitiativeScale = (typeof INITIATIVE_SCALES)[number];

/**
 * draft: being prepared by TEC, not public. published: public, taking responses between its open
 * and close times (see lib/stocktake/round-phase.ts for what a visitor sees).
 */
export const ROUND_STATES = ["draft", "published"] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/**
 * What a question asks for, and so the shape of its answer (lib/stocktake/answers.ts):
 * text, long_text, choice: a string; choices: string[]; region: NzRegion[];
 * population_group: { group, designed }[]; support_kind: SupportKind[]; date: "YYYY-MM-DD";
 * number: a number; plan_link: { recommendations: string[]; workstreams: string[] } (their numbers).
 */
export const QUESTION_KINDS = [
  "text",
  "long_text",
  "choice",
  "choices",
  "region",
  "population_group",
  "support_kind",
  "date",
  "number",
  "plan_link",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * The part of an initiative a question fills, so the accepted responses of any round read as
 * initiatives whatever its wording. Each field takes one kind of question. Contact fields are never
 * public.
 */
export const INITIATIVE_FIELD_KINDS = {
  organisation: "text",
  contact_name: "text",
  contact_email: "text",
  contact_address: "long_text",
  name: "text",
  description: "long_text",
  scale: "choice",
  regions: "region",
  populations: "population_group",
  supports: "support_kind",
  funding: "text",
  start_date: "date",
  end_date: "date",
  plan_links: "plan_link",
} as const satisfies Record<string, QuestionKind>;
export type InitiativeField = keyof typeof INITIATIVE_FIELD_KINDS;
export const INITIATIVE_FIELDS = Object.keys(INITIATIVE_FIELD_KINDS) as InitiativeField[];
export const CONTACT_FIELDS = [
  "contact_name",
  "contact_email",
  "contact_address",
] as const satisfies readonly InitiativeField[];

/**
 * draft: being filled in; submitted: waiting for TEC; returned: TEC asked a question, the
 * respondent answers it and submits again; accepted: counted in the analysis and listed publicly
 * (without contact details); duplicate: the same initiative as another response, not counted.
 */
export const RESPONSE_STATUSES = ["draft", "submitted", "returned", "accepted", "duplicate"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** The statuses in which the respondent may still change their answers. */
export const EDITABLE_RESPONSE_STATUSES = ["draft", "returned"] as const satisfies readonly ResponseStatus[];

/** A cell with at least this many initiatives is an overlap, unless a round sets its own threshold. */
export const DEFAULT_OVERLAP_THRESHOLD = 3;
