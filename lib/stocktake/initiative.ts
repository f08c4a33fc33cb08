import type { PlanLinkAnswer, PopulationAnswer } from "./answers";
import {
  INITIATIVE_SCALES,
  NZ_REGIONS,
  POPULATION_GROUPS,
  SUPPORT_KINDS,
  type InitiativeField,
  type InitiativeScale,
  type NzRegion,
  type SupportKind,
} from "./vocabulary";

/** An accepted response read as an initiative: what the analysis and the public list show. */
export type StocktakeInitiative = {
  /** The response's id. */
  id: number;
  roundId: number;
  organisation: string;
  name: string;
  description: string;
  scale: InitiativeScale | null;
  regions: NzRegion[];
  populations: PopulationAnswer[];
  supports: SupportKind[];
  funding: string | null;
  /** "YYYY-MM-DD" or null. */
  startDate: string | null;
  endDate: string | null;
  /** Recommendation numbers ("3") and workstream numbers ("2"), as strings. */
  recommendationCodes: string[];
  workstreamCodes: string[];
};

/** Who to contact about an initiative: TEC monitors only, never public. */
export type StocktakeInitiativeContact = {
  id: number;
  contactName: string | null;
  contactEmail: string | null;
  contactAddress: string | null;
};

type FieldAnswers = Partial<Record<InitiativeField, unknown>>;

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
const within = <T extends string>(list: readonly T[], v: unknown): T[] =>
  Array.isArray(v) ? list.filter((item) => v.includes(item)) : [];
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/**
 * Reads one response's answers, keyed by the initiative field their question fills. Lists keep the
 * vocabulary's order and drop anything outside it, so a stored answer can never put an unknown
 * region or group in the analysis.
 */
export function initiativeFromAnswers(id: number, roundId: number, answers: FieldAnswers): StocktakeInitiative {
  const scale = text(answers.scale);
  const populations = Array.isArray(answers.populations) ? (answers.populations as Partial<PopulationAnswer>[]) : [];
  const links = (answers.plan_links ?? {}) as Partial<PlanLinkAnswer>;
  return {
    id,
    roundId,
    organisation: text(answers.organisation) ?? "",
    name: text(answers.name) ?? "",
    description: text(answers.description) ?? "",
    scale: INITIATIVE_SCALES.find((s) => s === scale) ?? null,
    regions: within(NZ_REGIONS, answers.regions),
    populations: POPULATION_GROUPS.flatMap((group) => {
      const found = populations.find((p) => p?.group === group);
      return found ? [{ group, designed: found.designed === true }] : [];
    }),
    supports: within(SUPPORT_KINDS, answers.supports),
    funding: text(answers.funding),
    startDate: text(answers.start_date),
    endDate: text(answers.end_date),
    recommendationCodes: strings(links.recommendations),
    workstreamCodes: strings(links.workstreams),
  };
}

export function contactFromAnswers(id: number, answers: FieldAnswers): StocktakeInitiativeContact {
  return {
    id,
    contactName: text(answers.contact_name),
    contactEmail: text(answers.contact_email),
    contactAddress: text(answers.contact_address),
  };
}
