/** `--write-doc`: puts the latest figures into a marked section of docs/benchmark.md. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const START =
  "<!-- bench-figures:start (written by `npm run bench -- --write-doc`; edits here are replaced) -->";
export const END = "<!-- bench-figures:end -->";

/** The doc when there is none yet: how to run the bench, what the figures mean, and the marked section. */
const NEW_DOC = `# Speed at scale: benchmark

\`npm run bench\` measures Mahere's pages on PostgreSQL at several sizes of plan and history. It is a
command, not a test: it prints figures and the targets beside them, and fails only when it cannot
measure (a size's database is not what the app serves, the app does not start).

\`\`\`sh
npm run bench                                              # sizes 100x20 and 1000x200 (200,000 updates)
npm run bench -- --sizes demo,100x5 --runs 5 --burst-seconds 3 --connections 10   # a quick run
npm run bench -- --write-doc                               # also rewrite the figures below
\`\`\`

For each size the bench fills a new database, clears Next.js's data cache (\`.next/cache/fetch-cache\`),
starts the built app, checks that \`/api/v1/plan\` lists the size's actions, then times sequential GETs
(median and p95 in ms, body bytes) and runs a burst of concurrent requests with autocannon on \`/\`, an
action page and a static asset (requests/s, p50 and p99 latency in ms, non-2xx answers, and the share
of the static asset's requests/s). The comparison divides each page's median at the largest size by
its median at the smallest.

${START}
${END}
`;

/** Replaces the marked section of `file` with `lines` (adds the section, or the whole doc, if missing). */
export function writeFigures(file: string, lines: string[]): void {
  const section = [START, ...lines, END].join("\n");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, NEW_DOC.replace(`${START}\n${END}`, section));
    return;
  }
  const doc = readFileSync(file, "utf8");
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from >= 0 && to > from) {
    writeFileSync(file, doc.slice(0, from) + section + doc.slice(to + END.length));
  } else {
    writeFileSync(file, `${doc.trimEnd()}\n\n## Latest figures\n\n${section}\n`);
  }
}
