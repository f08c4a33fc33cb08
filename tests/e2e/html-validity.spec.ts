import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { PUBLIC_TEMPLATES } from "./templates";

const VNU = "node_modules/vnu-jar/build/dist/vnu.jar";

type VnuMessage = { type: string; url: string; message: string; lastLine?: number; extract?: string };

/**
 * Every public page template passes the Nu Html Checker (the W3C's validator, run locally on
 * Debian's Java) with no errors: the HTML as served to an anonymous reader, both languages.
 */
test("every public page is valid HTML by the Nu Html Checker", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "mahere-vnu-"));
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const files: string[] = [];
    for (const lang of ["en", "mi"]) {
      await context.clearCookies();
      await context.addCookies([{ name: "mahere_lang", value: lang, url: baseURL! }]);
      for (const template of PUBLIC_TEMPLATES) {
        const target = typeof template.path === "string" ? template.path : await template.path(page);
        const response = await context.request.get(target);
        expect(response.status(), target).toBe(200);
        const file = path.join(dir, `${lang}${target.replace(/[^a-z0-9]+/gi, "_")}.html`);
        writeFileSync(file, await response.text());
        files.push(file);
      }
    }
    await context.close();
    const run = spawnSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], { encoding: "utf8" });
    expect(run.error, "java runs (Debian's default-jre-headless)").toBeUndefined();
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
    const errors = messages
      .filter((m) => m.type === "error")
      // One known exception, React's own: a form whose action is a server action is rendered with
      // action="" (it posts to the page itself, so it works without JavaScript). The public has
      // three: sign-in, the follow-by-e-mail form (/subscribe, every action and workstream page) and
      // a stocktake round's "start your response" form.
      .filter(
        (m) =>
          !(
            m.message.startsWith("Bad value “” for attribute “action”") &&
            /_(login|subscribe|actions_[0-9_]+|workstreams_[0-9]+|stocktake_(?!initiatives)[a-z0-9_]+)\.html$/.test(
              m.url,
            )
          ),
      )
      .map((m) => `${path.basename(m.url)}:${m.lastLine ?? "?"}: ${m.message} ${m.extract ?? ""}`.trim());
    expect(errors).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
