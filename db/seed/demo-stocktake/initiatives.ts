/**
 * The demo stocktake's initiatives: invented organisations (each marked "(example)"), spread so the
 * analysis shows real gaps and real overlaps. Auckland, Wellington and Canterbury crowd with
 * training and job placement; the West Coast, Tasman, Marlborough and Taranaki have nothing but the
 * national services; recommendations 1, 2 and 5 have almost nobody. Several national and regional
 * services were not designed for refugee-background people but reach many of them, as the refugee
 * employment stocktake found. Most are accepted; a few wait for review, were returned with a
 * question, or repeat another.
 */
import type { DemoInitiative } from "./demo-initiative";
import { nationalInitiatives } from "./national-initiatives";
import { regionalInitiatives } from "./regional-initiatives";
import { waitingInitiatives } from "./waiting-initiatives";

export type { DemoInitiative };

/** Duplicates come last: they name the initiative they repeat, which is seeded first. */
export const demoInitiatives: DemoInitiative[] = [
  ...nationalInitiatives,
  ...regionalInitiatives,
  ...waitingInitiatives,
];
