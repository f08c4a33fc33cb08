/**
 * The built app as a deployment runs it (`node scripts/start.mjs`: migrate, then serve) on a port
 * against a DATABASE_URL, in its own process group so a part can stop it, or kill it with SIGKILL,
 * and start it again on the same database.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { stopProcessGroup, waitUntilReady } from "../../../scripts/support/app-server";

const root = path.resolve(import.meta.dirname, "../../..");

/** Builds when the sources changed since the last build; the runner does it once for every part. */
export function ensureBuilt(): void {
  if (process.env.RESILIENCE_BUILT === "1") return;
  const build = spawnSync(process.execPath, ["scripts/start.mjs", "--build-only"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, MAHERE_TYPES_CHECKED: "1" },
  });
  if (build.status !== 0) throw new Error("The build failed.");
  process.env.RESILIENCE_BUILT = "1";
}

export type App = {
  base: string;
  port: number;
  /** Everything the app printed, for a failing check's detail. */
  output(): string;
  /** SIGKILL to the whole process group: no clean-up, no goodbye. */
  kill(): Promise<void>;
  stop(): Promise<void>;
};

/** The environment of a start: this process's without any Mahere setting, plus the app's own. */
function appEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(DATABASE_URL|PGLITE_DIR|PORT|NODE_ENV|AUTH_.*|NEXTAUTH_.*|MAHERE_.*|SMTP_URL)$/.test(key)) env[key] = value;
  }
  return { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...settings };
}

/** One AUTH_SECRET per part, so sessions survive a restart of its app. */
const secret = randomBytes(33).toString("base64");

export async function startApp(databaseUrl: string, port: number, extra: Record<string, string> = {}): Promise<App> {
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: appEnv({
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      AUTH_SECRET: secret,
      MAHERE_PUBLIC_URL: base,
      AUTH_TRUST_HOST: "true",
      ...extra,
    }),
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const app: App = {
    base,
    port,
    output: () => output,
    kill: () =>
      new Promise((resolve) => {
        if (!alive() || !child.pid) return resolve();
        child.once("exit", () => resolve());
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          resolve();
        }
      }),
    stop: () => stopProcessGroup(child, 5000),
  };
  try {
    await waitUntilReady(base, 120_000, alive);
  } catch (error) {
    await app.stop();
    throw new Error(`${error instanceof Error ? error.message : error}\n${output.split("\n").slice(-20).join("\n")}`);
  }
  return app;
}
