/**
 * `npm run db:fill -- --actions 1000 --periods 24 --updates-per-action 200`
 *
 * Fills the (empty) PostgreSQL database named by DATABASE_URL with a synthetic plan and a long
 * reporting history, closes every past period and creates the demo accounts. Refuses a database
 * that already holds a plan, periods or updates; refuses the embedded PGlite unless --allow-pglite.
 */
import { parseArgs } from "node:util";
import { openDatabase, optionsFromEnv } from "../db/client";
import { fillHistory } from "../db/fill/fill-history";
import { migrateDatabase } from "../db/migrate";

const { values } = parseArgs({
  options: {
    actions: { type: "string", default: "1000" },
    periods: { type: "string", default: "24" },
    "updates-per-action": { type: "string", default: "200" },
    seed: { type: "string", default: "20261122" },
    "allow-pglite": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(
    "Usage: DATABASE_URL=postgres://… npm run db:fill -- [--actions 1000] [--periods 24] " +
      "[--updates-per-action 200] [--seed 20261122] [--allow-pglite]",
  );
  process.exit(0);
}

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number of at least 1 (got "${text}").`);
    process.exit(2);
  }
  return n;
}

const actions = positive("actions", values.actions);
const periods = positive("periods", values.periods);
const updatesPerAction = positive("updates-per-action", values["updates-per-action"]);
const seed = positive("seed", values.seed);

const options = optionsFromEnv();
if (options.kind !== "postgres" && !values["allow-pglite"]) {
  console.error(
    "DATABASE_URL is not set, so this would fill the embedded PGlite database. Benchmarks belong on PostgreSQL: " +
      "set DATABASE_URL, or pass --allow-pglite if you really mean the embedded database.",
  );
  process.exit(2);
}

const started = Date.now();
const handle = await openDatabase(options);
try {
  await migrateDatabase(handle);
  console.log(
    `Filling ${handle.location}: ${actions} actions × ${updatesPerAction} updates = ${actions * updatesPerAction} ` +
      `updates over ${periods} quarterly periods.`,
  );
  const result = await fillHistory(handle.db, {
    actions,
    periods,
    updatesPerAction,
    seed,
    log: (line) => console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${line}`),
  });
  console.log(
    `Filled in ${result.seconds.toFixed(1)} s: ${result.actions} actions, ${result.updates} updates, ` +
      `${result.closedPeriods} of ${result.periods} periods closed (${result.snapshots} snapshots), ` +
      `${result.users} demo accounts.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
