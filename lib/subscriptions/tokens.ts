/** How long a confirmation link works: 48 hours from when it was sent. */
export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000;

/** A link's secret, its stored hash, and whether a string could be one: the same as every link's. */
export {
  newLinkToken as newToken,
  hashLinkToken as hashToken,
  isLinkToken as isWellFormedToken,
} from "@/lib/security/link-token";

export function confirmExpiresAt(sentAt: Date): Date {
  return new Date(sentAt.getTime() + CONFIRM_TTL_MS);
}

export type TokenCheck = "ok" | "expired" | "used";

/** Whether a stored token still works at `now`: not used, and (if it expires) not yet expired. */
export function checkToken(token: { expiresAt: Date | null; usedAt: Date | null }, now: Date): TokenCheck {
  if (token.usedAt) return "used";
  if (token.expiresAt && now.getTime() >= token.expiresAt.getTime()) return "expired";
  return "ok";
}
