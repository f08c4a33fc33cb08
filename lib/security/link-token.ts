import { createHash, randomBytes } from "node:crypto";

/**
 * The secrets in links Mahere hands out (account links, mailed subscription links): 256 random bits,
 * URL-safe. Only their sha256 is stored, so a copy of the database opens nothing; a fast hash is
 * enough for a secret this long.
 */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string could be such a token at all: anything else is refused before the database is asked. */
export function isLinkToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
