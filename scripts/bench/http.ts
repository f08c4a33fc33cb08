/** Signing in and timing full-document GETs against a running Mahere, over plain HTTP. */
import { performance } from "node:perf_hooks";

export const BENCH_CLIENT_ADDRESS = "198.51.100.77";

export class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      if (at > 0) this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(prefix: string): boolean {
    return [...this.cookies.keys()].some((k) => k.includes(prefix));
  }
}

const headers = (jar: CookieJar, extra: Record<string, string> = {}) => ({
  cookie: jar.header(),
  "x-forwarded-for": BENCH_CLIENT_ADDRESS,
  ...extra,
});

/** Signs in with next-auth's credentials callback (csrf token first) and returns the session cookies. */
export async function signIn(base: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: headers(jar) });
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: headers(jar, { "content-type": "application/x-www-form-urlencoded" }),
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }).toString(),
  });
  jar.take(response);
  await response.arrayBuffer();
  if (!jar.has("session-token")) {
    throw new Error(`Sign-in as ${email} failed: ${response.status} ${response.headers.get("location") ?? ""}`);
  }
  return jar;
}

export type Timing = { path: string; status: number; bytes: number; ms: number[] };

/** One GET that reads the whole (streamed) body; the time runs until the last byte. */
export async function timedGet(base: string, path: string, jar: CookieJar) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: headers(jar), redirect: "manual" });
  const body = await response.arrayBuffer();
  return { status: response.status, bytes: body.byteLength, ms: performance.now() - started };
}

/** `warmups` untimed GETs, then `runs` timed ones, one after another. */
export async function timePath(base: string, path: string, jar: CookieJar, runs: number, warmups = 1): Promise<Timing> {
  let last = await timedGet(base, path, jar);
  for (let i = 1; i < warmups; i++) last = await timedGet(base, path, jar);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    last = await timedGet(base, path, jar);
    ms.push(last.ms);
  }
  return { path, status: last.status, bytes: last.bytes, ms };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export async function waitUntilReady(base: string, timeoutMs: number, alive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error("The app exited before it was ready.");
    try {
      const response = await fetch(`${base}/api/health/ready`);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The app did not become ready at ${base} within ${timeoutMs / 1000} s.`);
}
