import { createHash, randomBytes } from "node:crypto";

/** How long a confirmation link works: 48 hours from when it was sent. */
export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000;

/** A link's secret: 32 random bytes (256 bits), URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored of a token: its sha256, so the database never holds a working link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token as it may appear in a link: 43 URL-safe characters (anything else is not ours). */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

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
