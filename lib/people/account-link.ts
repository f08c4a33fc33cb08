import { createHash, randomBytes } from "node:crypto";

/**
 * The one-time links that let an invited person (or one whose account was reset) choose their own
 * password. The token is 256 random bits, shown once to the administrator; only its SHA-256 is
 * stored, so a copy of the database opens no account. A fast hash is enough for a token this long.
 */
export const ACCOUNT_LINK_DAYS = 7;
export const ACCOUNT_LINK_KINDS = ["invite", "reset"] as const;
export type AccountLinkKind = (typeof ACCOUNT_LINK_KINDS)[number];

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newAccountLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashAccountLinkToken(token) };
}

export function hashAccountLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether a string could be a token at all (anything else is refused before the database is asked). */
export function isAccountLinkToken(value: string): boolean {
  return TOKEN.test(value);
}

export function accountLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + ACCOUNT_LINK_DAYS * 86_400_000);
}

export const accountLinkPath = (token: string) => `/set-password/${token}`;
