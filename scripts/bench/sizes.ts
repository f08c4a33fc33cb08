/** The benchmark's sizes: the demo plan, or a synthetic history of actions × updates per action. */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import postgres from "postgres";

export type Size = { kind: "demo"; label: string } | { kind: "fill"; label: string; actions: number; updates: number };

/** "demo" or "1000x200" (actions x updates per action). */
export function parseSize(text: string): Size | null {
  if (text === "demo") return { kind: "demo", label: "demo" };
  const match = /^(\d+)x(\d+)$/.exec(text);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) return null;
  const actions = Number(match[1]);
  const updates = Number(match[2]);
  return { kind: "fill", label: `${actions}×${updates}`, actions, updates };
}

/** What the bench needs to know about a filled database: what the pages should show, and what to ask for. */
export type SizeFacts = {
  planTitle: string;
  actions: number;
  updates: number;
  /** The first action's code (e.g. 1.1). */
  firstAction: string;
  /** The action with the most updates, in any state (its history on the public page is the longest). */
  longestAction: string;
  longestUpdates: number;
  /** The latest closed period's slug (e.g. 2026-q3), or null. */
  period: string | null;
};

export async function readFacts(url: string): Promise<SizeFacts> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const [plan] = await sql<{ title: string }[]>`select title from plans order by id limit 1`;
    const [counts] = await sql<{ actions: number; updates: number }[]>`
      select (select count(*)::int from actions) as actions, (select count(*)::int from progress_updates) as updates`;
    const [first] = await sql<{ code: string }[]>`select code from actions order by id limit 1`;
    const [longest] = await sql<{ code: string; n: number }[]>`
      select a.code, count(*)::int as n from progress_updates pu join actions a on a.id = pu.action_id
      group by a.id, a.code order by n desc, a.id limit 1`;
    const [period] = await sql<{ label: string }[]>`
      select label from reporting_periods where closed_at is not null order by starts_on desc limit 1`;
    if (!plan || !first) throw new Error("The benchmark database holds no plan or no action.");
    return {
      planTitle: plan.title,
      actions: counts!.actions,
      updates: counts!.updates,
      firstAction: first.code,
      longestAction: longest?.code ?? first.code,
      longestUpdates: longest?.n ?? 0,
      period: period ? period.label.toLowerCase().replace(/\s+/g, "-") : null,
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Creates a new database for the size and fills it (scripts/fill-history.ts, or the demo plan).
 * Returns its URL, how long the fill took, and a clean-up that drops the database.
 */
export async function createSizeDatabase(
  adminUrl: string,
  s: Size,
  periods: number,
  root: string,
): Promise<{ url: string; fillSeconds: number; drop: () => Promise<void> }> {
  const name = `mahere_bench_${s.kind === "demo" ? "demo" : `${s.actions}x${s.updates}`}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const drop = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  };
  const url = databaseUrl(adminUrl, name);
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const args =
    s.kind === "demo"
      ? ["scripts/bench/seed-demo.ts"]
      : [
          "scripts/fill-history.ts",
          "--actions",
          String(s.actions),
          "--periods",
          String(periods),
          "--updates-per-action",
          String(s.updates),
        ];
  const started = Date.now();
  const fill = spawnSync(tsx, args, { cwd: root, stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  if (fill.status !== 0) {
    await drop();
    throw new Error(`Filling the ${s.label} database failed (exit ${fill.status ?? fill.signal}).`);
  }
  return { url, fillSeconds: (Date.now() - started) / 1000, drop };
}
