/**
 * `npm run bench:import [-- --rows 10000 --format xlsx]`
 *
 * Generates a plan workbook of about `--rows` rows (the demo plan, twenty actions' te reo Māori titles
 * revised, and new actions with two milestones, a completion criterion and a dependency each), then
 * times the dry run (read, check, compare, keep) and the confirmation (check again, record every
 * change as a change request in the draft version, in one transaction) as a TEC monitor would, on
 * an embedded database in memory. A command, not a test: it prints its figures and fails nothing.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { eq } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import * as t from "../db/schema";
import { demoPlan } from "../db/seed/demo-plan";
import { seedDemoUsers } from "../db/seed/demo-users";
import { seedDemoPlan } from "../db/seed/load-demo-plan";
import { setDatabaseHandle } from "../lib/dal/db";
import { applyPlanImport, checkPlanUpload, readCurrentPlan } from "../lib/dal/plan-spreadsheet";
import { planFile, type ExportFormat, type PlanSheets, type ImportPhase } from "../lib/plan-spreadsheet";
import type { UserActor } from "../lib/permissions/actor";
import type { Role } from "../lib/status/vocabulary";

const { values: args } = parseArgs({
  options: { rows: { type: "string", default: "10000" }, format: { type: "string", default: "xlsx" } },
});
const target = Number(args.rows);
const format = args.format as ExportFormat;

/** The plan as it is, revised, and grown with new actions until it has `target` rows. */
function generate(plan: PlanSheets): PlanSheets {
  const sheets: PlanSheets = structuredClone(plan);
  // A revised te reo Māori title for the first twenty actions (all of them active in the demo plan).
  for (const a of sheets.actions.slice(0, 20)) a.title_mi = `Te mahi ${a.code}: he ara mō ngā whānau`;
  const rows = () => Object.values(sheets).reduce((n, s) => n + s.length, 0);
  const workstreams = sheets.workstreams.map((w) => w.number);
  let previous = sheets.actions[0]!.code!;
  for (let i = 0; rows() + 5 <= target; i++) {
    const ws = workstreams[i % workstreams.length]!;
    const code = `${ws}.${100 + Math.floor(i / workstreams.length)}`;
    sheets.actions.push({
      code,
      title: `Generated action ${code}: careers support for rangatahi`,
      title_mi: `Mahi hou ${code}: tautoko mō te rangatahi`,
      description: `A generated action for the import benchmark, number ${i + 1}.`,
      workstream: ws,
      recommendations: "",
      lead_agency: "tec",
      contributing_agencies: "moe",
      foundational: i % 7 === 0 ? "yes" : "no",
      baseline_start: "2025-01-01",
      baseline_due: "2026-12-31",
    });
    for (const position of ["1", "2"])
      sheets.milestones.push({
        action: code,
        position,
        title: `Milestone ${position} of ${code}`,
        title_mi: "",
        baseline_due: position === "1" ? "2025-12-31" : "2026-12-31",
        weight: "1",
      });
    sheets.completion_criteria.push({ action: code, position: "1", description: `Action ${code} is delivered.` });
    sheets.dependencies.push({ action: code, predecessor: previous });
    previous = code;
  }
  return sheets;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const client = new PGlite();
const handle = await openDatabase({ kind: "pglite-instance", client });
await migrateDatabase(handle);
await seedDemoPlan(handle.db, demoPlan);
await seedDemoUsers(handle.db);
setDatabaseHandle(handle);
const [user] = await handle.db.select().from(t.users).where(eq(t.users.email, "monitor@example.org"));
const monitor: UserActor = { kind: "user", userId: user!.id, role: user!.role as Role, agencyId: user!.agencyId };

let start = performance.now();
const sheets = generate((await readCurrentPlan(handle.db)).sheets);
const bytes = await planFile(format, sheets);
const generated = performance.now() - start;
const rowCount = Object.values(sheets).reduce((n, s) => n + s.length, 0);

const phases = new Map<string, number>();
let phaseStart = performance.now();
let current: string | null = null;
const progress = (phase: ImportPhase) => {
  if (phase === current) return;
  const now = performance.now();
  if (current) phases.set(current, (phases.get(current) ?? 0) + now - phaseStart);
  current = phase;
  phaseStart = now;
};

start = performance.now();
const checked = await checkPlanUpload(monitor, { fileName: `bench.${format}`, bytes }, progress);
progress("apply");
const dry = performance.now() - start;
const dryPhases = new Map(phases);
phases.clear();
if (checked.problemTotal > 0) {
  const { loadPlanImport } = await import("../lib/dal/plan-spreadsheet");
  console.error((await loadPlanImport(monitor, checked.id)).problems.slice(0, 10));
  process.exit(1);
}
current = null;

start = performance.now();
phaseStart = start;
const applied = await applyPlanImport(monitor, checked.id, "Import benchmark.", progress);
const apply = performance.now() - start;
progress("read"); // closes the last phase
await handle.close();

const lines: [string, string][] = [
  ["rows in the workbook", rowCount.toLocaleString("en-NZ")],
  [`${format.toUpperCase()} size`, `${(bytes.byteLength / 1048576).toFixed(2)} MB`],
  ["problems found", String(checked.problemTotal)],
  ["changes (change requests)", `${checked.changeCount.toLocaleString("en-NZ")} (${applied.changeRequests})`],
  ["generate and write the workbook", seconds(generated)],
  ["dry run: read", seconds(dryPhases.get("read") ?? 0)],
  ["dry run: check and compare", seconds(dryPhases.get("check") ?? 0)],
  ["dry run in all (with keeping the file)", seconds(dry)],
  ["apply: read and check again", seconds(phases.get("check") ?? 0)],
  ["apply: record the change requests", seconds(phases.get("apply") ?? 0)],
  ["apply in all (one transaction)", seconds(apply)],
  ["dry run and apply", seconds(dry + apply)],
];
console.log(`Plan import benchmark (embedded database in memory, ${new Date().toISOString().slice(0, 10)})`);
for (const [label, value] of lines) console.log(`  ${label.padEnd(48)} ${value}`);
console.log(dry + apply <= 60_000 ? "Within the 60 s target." : "OVER the 60 s target.");
