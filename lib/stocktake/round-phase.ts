import type { RoundState } from "./vocabulary";

/**
 * Where a round stands for a visitor at `now`: a draft is TEC's alone; a published round is
 * upcoming before it opens, open until it closes (the close instant itself is closed), then closed.
 */
export type RoundPhase = "draft" | "upcoming" | "open" | "closed";

export function roundPhase(round: { state: RoundState; opensAt: Date; closesAt: Date }, now: Date): RoundPhase {
  if (round.state === "draft") return "draft";
  if (now < round.opensAt) return "upcoming";
  if (now < round.closesAt) return "open";
  return "closed";
}

/** How long a resume link works after the round closes: long enough to answer a returned response. */
export const RESUME_LINK_GRACE_DAYS = 90;

export function resumeLinkExpiry(closesAt: Date): Date {
  return new Date(closesAt.getTime() + RESUME_LINK_GRACE_DAYS * 24 * 60 * 60 * 1000);
}
