#!/usr/bin/env node
// Checks node_modules against package-lock.json: every locked package that is installed has its locked
// version, and every package this machine needs (not optional) is installed. Exits 1 with the list
// otherwise, so an install that drifted from the lock never passes as done.
import { existsSync, readFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const wrong = [];
const missing = [];
for (const [where, entry] of Object.entries(lock.packages)) {
  if (!where.startsWith("node_modules/") || entry.link) continue;
  const manifest = `${where}/package.json`;
  if (!existsSync(manifest)) {
    if (!entry.optional && !entry.devOptional && !entry.peer) missing.push(`${where}@${entry.version}`);
    continue;
  }
  const installed = JSON.parse(readFileSync(manifest, "utf8")).version;
  if (installed !== entry.version) wrong.push(`${where}: locked ${entry.version}, installed ${installed}`);
}
if (wrong.length || missing.length) {
  for (const line of wrong) console.error(`wrong version: ${line}`);
  for (const line of missing) console.error(`not installed: ${line}`);
  console.error("node_modules does not match package-lock.json.");
  process.exit(1);
}
console.log("node_modules matches package-lock.json.");
