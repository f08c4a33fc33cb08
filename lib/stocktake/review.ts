import type { ResponseStatus } from "./vocabulary";

/**
 * What TEC may do with a response (PRODUCT.md §9): accept it, return it with a question (the
 * respondent answers through their link and submits again), or mark it a duplicate of another.
 * Only a submitted response is decided; an accepted one may still be returned or marked a
 * duplicate, and a duplicate accepted after all. Drafts and returned responses wait for the respondent.
 */
export const REVIEW_DECISIONS = ["accept", "return", "duplicate"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

const FROM: Record<ReviewDecision, readonly ResponseStatus[]> = {
  accept: ["submitted", "duplicate"],
  return: ["submitted", "accepted"],
  duplicate: ["submitted", "accepted"],
};

export const STATUS_AFTER: Record<ReviewDecision, ResponseStatus> = {
  accept: "accepted",
  return: "returned",
  duplicate: "duplicate",
};

export function canDecide(status: ResponseStatus, decision: ReviewDecision): boolean {
  return FROM[decision].includes(status);
}

/** The decisions open on a response, in the order the review page offers them. */
export function decisionsFor(status: ResponseStatus): ReviewDecision[] {
  return REVIEW_DECISIONS.filter((d) => canDecide(status, d));
}

/** A response may be a duplicate of another response of the same round that is itself no duplicate. */
export function isDuplicateTarget(
  response: { id: number; roundId: number },
  target: { id: number; roundId: number; status: ResponseStatus } | undefined,
): boolean {
  return (
    target !== undefined &&
    target.id !== response.id &&
    target.roundId === response.roundId &&
    target.status !== "duplicate" &&
    target.status !== "draft"
  );
}
