import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane): about 50 ms here.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/**
 * Verifies a password; with no stored hash (unknown email, OIDC-only account) it verifies against a
 * throwaway hash so the answer takes the same time and reveals nothing.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword("not-a-real-password-but-costs-the-same");
  const target = stored ?? (await dummy);
  const ok = await verify(target, password).catch(() => false);
  return stored !== null && ok;
}
