import type { SeedFocusArea } from "../types";
import { SOURCES } from "./sources";

/** The Strategy's three focus areas are confirmed; the descriptions are our own paraphrase. */
export const focusAreas: SeedFocusArea[] = [
  {
    number: 1,
    title: "Strengthening connections",
    description:
      "Join up the careers system, both with the people who use it and between the agencies, schools, providers, employers and communities that take part in it, so that support feels like one system rather than many separate services.",
    provenance: "confirmed",
    sourceUrl: SOURCES.strategyPage,
  },
  {
    number: 2,
    title: "Growing quality careers support",
    description:
      "Raise the quality of careers education, information, advice and guidance wherever it is offered, with a shared idea of what good support looks like and a skilled careers workforce to deliver it.",
    provenance: "confirmed",
    sourceUrl: SOURCES.strategyPage,
  },
  {
    number: 3,
    title: "Ensuring equitable access",
    description:
      "Make sure everyone can reach careers education and guidance at every stage of life, removing the barriers that groups who have been poorly served face today.",
    provenance: "confirmed",
    sourceUrl: SOURCES.strategyPage,
  },
];
