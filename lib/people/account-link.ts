import { hashLinkToken, isLinkToken, newLinkToken } from "@/lib/security/link-token";

/**
 * The one-time links that let an invited person (or one whose account was reset) choose their own
 * password. The token is 256 random bits, shown once to the administrator; only its SHA-256 is
 * stored, so a copy of the database opens no account. A fast hash is enough for a token this long.
 */
export const ACCOUNT_LINK_DAYS = 7;
export const ACCOUNT_LINK_KINDS = ["invite", "reset"] as const;
export type AccountLinkKind = (typeof ACCOUNT_LINK_KINDS)[number];

export function newAccountLinkToken(): { token: string; hash: string } {
  const token = newLinkToken();
  return { token, hash: hashLinkToken(token) };
}

export const hashAccountLinkToken = hashLinkToken;
export const isAccountLinkToken = isLinkToken;

export function accountLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + ACCOUNT_LINK_DAYS * 86_400_000);
}

export const accountLinkPath = (token: string) => `/set-password/${token}`;

/** The purpose of the message that carries a one-time link to its person. */
export const ACCOUNT_LINK_PURPOSE = "account-link";
