/** Driving a running Mahere from a script: its process group, its readiness, and signing in over HTTP. */
import type { ChildProcess } from "node:child_process";

/** The address scripts sign in from (a documentation range), so no real client's throttle is touched. */
export const SCRIPT_CLIENT_ADDRESS = "198.51.100.77";

export class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      if (at > 0) this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  }
  set(name: string, value: string) {
    this.cookies.set(name, value);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  entries(): [string, string][] {
    return [...this.cookies];
  }
  has(prefix: string): boolean {
    return [...this.cookies.keys()].some((k) => k.includes(prefix));
  }
}

export const headersWith = (jar: CookieJar, extra: Record<string, string> = {}) => ({
  cookie: jar.header(),
  "x-forwarded-for": SCRIPT_CLIENT_ADDRESS,
  ...extra,
});

export type SignInAttempt = { jar: CookieJar; signedIn: boolean; status: number; location: string | null };

/** Posts to next-auth's credentials callback (csrf token first); signed in when a session cookie came back. */
export async function attemptSignIn(base: string, email: string, password: string): Promise<SignInAttempt> {
  const jar = new CookieJar();
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: headersWith(jar) });
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: headersWith(jar, { "content-type": "application/x-www-form-urlencoded" }),
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }).toString(),
  });
  jar.take(response);
  await response.arrayBuffer();
  return {
    jar,
    signedIn: jar.has("session-token"),
    status: response.status,
    location: response.headers.get("location"),
  };
}

/** Signs in and returns the session cookies; throws when the sign-in is refused. */
export async function signIn(base: string, email: string, password: string): Promise<CookieJar> {
  const attempt = await attemptSignIn(base, email, password);
  if (!attempt.signedIn) throw new Error(`Sign-in as ${email} failed: ${attempt.status} ${attempt.location ?? ""}`);
  return attempt.jar;
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
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not become ready at ${base} within ${timeoutMs / 1000} s.`);
}

/**
 * Stops a child started with `detached: true` and everything in its process group (`npm start` runs
 * `next start` as its own child): SIGTERM, then SIGKILL after `graceMs`.
 */
export function stopProcessGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve();
    const force = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, graceMs);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      clearTimeout(force);
      resolve();
    }
  });
}
