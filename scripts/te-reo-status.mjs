#!/usr/bin/env node
/**
 * Writes docs/te-reo-status.md: for each message namespace, how many keys there are, how many
 * have a te reo Māori text of their own, and which still repeat the English (or are missing), so
 * a translator knows exactly what is left. `--check` writes nothing and fails when the file is
 * out of date (CI runs it).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isLeft, leaves } from "../lib/translations/catalogue.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const OUT = path.join(root, "docs", "te-reo-status.md");

const read = (lang, file) => JSON.parse(readFileSync(path.join(root, "messages", lang, file), "utf8"));

export function status() {
  const files = readdirSync(path.join(root, "messages", "en"))
    .filter((f) => f.endsWith(".json"))
    .sort();
  return files.map((file) => {
    const en = leaves(read("en", file));
    let mi = new Map();
    try {
      mi = leaves(read("mi", file));
    } catch {
      // No te reo Māori file yet: every key is left.
    }
    const left = [];
    let translated = 0;
    for (const [key, text] of en) {
      const own = mi.get(key);
      if (!isLeft(text, own)) translated++;
      else left.push({ key, text, missing: own === undefined });
    }
    return { namespace: file.replace(/\.json$/, ""), total: en.size, translated, left };
  });
}

export function render(rows) {
  const total = rows.reduce((n, r) => n + r.total, 0);
  const done = rows.reduce((n, r) => n + r.translated, 0);
  const lines = [
    "# Te reo Māori: what is translated and what is left",
    "",
    "Written by `node scripts/te-reo-status.mjs` from `messages/en` and `messages/mi`; CI fails when it is out",
    "of date. A key is left when its te reo Māori text is missing or repeats the English. Do not invent",
    "sentences in te reo Māori: a translator fills these in. Staff pages (sign-in, My actions, the update",
    "form, review, the dashboard, administration) and the quarterly reports take their text from the",
    "catalogue too: the `staff`, `login`, `review`, `dashboard`, `admin` and `reports` namespaces, which",
    "repeat the English until translated. The reports' CSV and XLSX downloads are a data format: their",
    "column names and notice stay in English.",
    "",
    `${done} of ${total} keys have their own te reo Māori text.`,
    "",
    "| Namespace | Keys | In te reo Māori | Left |",
    "| --- | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.namespace} | ${r.total} | ${r.translated} | ${r.left.length} |`),
  ];
  for (const r of rows) {
    if (r.left.length === 0) continue;
    lines.push("", `## ${r.namespace}`, "", "| Key | English | |", "| --- | --- | --- |");
    for (const l of r.left) {
      const text = l.text.replace(/\|/g, "\\|").replace(/\n/g, " ");
      lines.push(`| \`${l.key}\` | ${text} | ${l.missing ? "missing" : "repeats the English"} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const text = render(status());
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(OUT, "utf8");
    } catch {
      // missing: out of date
    }
    if (current !== text) {
      console.error("docs/te-reo-status.md is out of date: run node scripts/te-reo-status.mjs and commit it.");
      process.exit(1);
    }
    console.log("docs/te-reo-status.md is up to date.");
  } else {
    writeFileSync(OUT, text);
    console.log(`Wrote ${path.relative(root, OUT)}.`);
  }
}
