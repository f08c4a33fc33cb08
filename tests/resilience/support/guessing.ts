/**
 * Password guessing over HTTP, as a script would: Auth.js's credentials callback, from a chosen
 * client address (X-Forwarded-For, which the app believes only as far as MAHERE_TRUSTED_PROXIES
 * says). Each answer is read from where Auth.js sends the browser: checked and wrong, throttled, or
 * signed in.
 */
import { CookieJar } from "../../../scripts/support/app-server";

export type Guess = "wrong" | "throttled" | "signed-in" | "other";

type Csrf = { jar: CookieJar; token: string };

async function csrf(base: string, address: string): Promise<Csrf> {
  const jar = new CookieJar();
  const response = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": address } });
  jar.take(response);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { jar, token: csrfToken };
}

export async function guess(
  base: string,
  address: string,
  email: string,
  password: string,
  given?: Csrf,
): Promise<Guess> {
  const { jar, token } = given ?? (await csrf(base, address));
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar.header(), "x-forwarded-for": address, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: token, email, password, callbackUrl: `${base}/` }).toString(),
  });
  await response.arrayBuffer();
  const location = response.headers.get("location") ?? "";
  if (response.headers.getSetCookie().some((c) => c.includes("session-token=") && !c.includes("session-token=;")))
    return "signed-in";
  if (location.includes("code=throttled")) return "throttled";
  if (location.includes("error=CredentialsSignin")) return "wrong";
  return "other";
}

/** Many guesses at once, all in parallel: how they were answered, and how long the burst took. */
export async function parallelGuesses(
  base: string,
  attempts: { address: string; email: string; password: string }[],
): Promise<{ counts: Record<Guess, number>; seconds: number }> {
  const tokens = new Map<string, Csrf>();
  for (const a of attempts) if (!tokens.has(a.address)) tokens.set(a.address, await csrf(base, a.address));
  const started = Date.now();
  const answers = await Promise.all(
    attempts.map((a) => guess(base, a.address, a.email, a.password, tokens.get(a.address))),
  );
  const counts: Record<Guess, number> = { wrong: 0, throttled: 0, "signed-in": 0, other: 0 };
  for (const answer of answers) counts[answer]++;
  return { counts, seconds: (Date.now() - started) / 1000 };
}
