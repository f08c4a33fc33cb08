import { randomUUID } from "node:crypto";
import { expect, test, type BrowserContext, type Page, type Request } from "@playwright/test";
import {
  EXPECTED,
  MATRIX_ACTION,
  OPERATIONS,
  PERSONAS,
  type Operation,
  type Persona,
} from "../support/update-permission-matrix";
import { FUTURE_FORECAST, MILESTONE_FORECAST, signIn } from "./support";

/**
 * The permission matrix of the progress-update workflow, asserted over HTTP: every role replays
 * the very server-action request an allowed user's form sent, with its own session, against a
 * fresh update in the right state. The outcome is read from the server's answer and from what an
 * allowed viewer sees afterwards. Same matrix as tests/integration/workflow/permission-matrix.test.ts.
 */

const CODE = MATRIX_ACTION;
const RUN = Date.now().toString(36);

/** A server-action call captured from a real form submission, to replay as anyone. */
type Captured = { actionId: string; path: string; form: FormData };
type Outcome = { status: number; redirect: string; body: string };
type Prepared = { id: number; version: number; narrative: string; notes: string };

async function capture(page: Page, path: string, submit: () => Promise<void>): Promise<Captured> {
  const posted = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await submit();
  const request: Request = await posted;
  const form = await new Response(new Uint8Array(request.postDataBuffer()!), {
    headers: { "content-type": request.headers()["content-type"]! },
  }).formData();
  return { actionId: request.headers()["next-action"]!, path, form };
}

/**
 * The captured form with some fields changed (React prefixes them, e.g. "_1_updateId"); null
 * removes one. Order matters: the server reads the arguments when the root entry ("0", sent last)
 * arrives, so every field must come before it.
 */
function withFields(captured: Captured, fields: Record<string, string | null>): FormData {
  const codeKey = [...captured.form.keys()].find((k) => k.endsWith("actionCode")) ?? "actionCode";
  const prefix = codeKey.slice(0, -"actionCode".length);
  const form = new FormData();
  const pending = new Map(Object.entries(fields));
  const flush = () => {
    for (const [name, value] of pending) if (value !== null) form.append(prefix + name, value);
    pending.clear();
  };
  for (const [key, value] of captured.form.entries()) {
    if (!key.startsWith(prefix)) flush(); // the root entry: everything else goes before it
    const name = key.startsWith(prefix) ? key.slice(prefix.length) : key;
    if (key.startsWith(prefix) && pending.has(name)) {
      const replacement = pending.get(name)!;
      pending.delete(name);
      if (replacement !== null) form.append(key, replacement);
    } else if (!(key.startsWith(prefix) && name in fields)) form.append(key, value);
  }
  flush();
  return form;
}

/**
 * The whole matrix is asserted cell by cell against the data access layer
 * (tests/integration/workflow/permission-matrix.test.ts). Over HTTP, each server action is replayed by
 * one persona allowed to do it, one refused (the nearest miss: the same role of another agency, or
 * another role of the same agency) and an anonymous caller.
 */
const HTTP_CELLS: Record<Operation, Persona[]> = {
  "create draft": ["contributorStaff", "unrelatedStaff", "anonymous"],
  "edit draft": ["leadStaff", "contributorStaff", "anonymous"],
  submit: ["leadStaff", "ownApprover", "anonymous"],
  withdraw: ["leadStaff", "contributorStaff", "anonymous"],
  approve: ["ownApprover", "otherApprover", "anonymous"],
  return: ["monitor", "otherApprover", "anonymous"],
  publish: ["monitor", "ownApprover", "anonymous"],
  schedule: ["monitor", "ownApprover", "anonymous"],
  "view draft": ["ownApprover", "otherApprover", "anonymous"],
  "view internal notes": ["leadStaff", "contributorStaff", "anonymous"],
};

const cellLabel = (persona: Persona, op: Operation) =>
  `${persona} × ${op} (expected ${EXPECTED[persona][op] ? "allowed" : "refused"})`;

test("each HTTP cell names an allowed persona, then a refused one, then the anonymous caller", () => {
  for (const op of OPERATIONS) {
    const [allowed, refused, anonymous] = HTTP_CELLS[op];
    expect([EXPECTED[allowed!][op], EXPECTED[refused!][op], anonymous], op).toEqual([true, false, "anonymous"]);
  }
});

test.describe.configure({ mode: "serial" });

test("the permission matrix of the update workflow, over HTTP", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const contexts: BrowserContext[] = [];

  async function open(persona: Persona) {
    const context = persona === "anonymous" ? await browser.newContext() : (await signIn(browser, persona)).context;
    contexts.push(context);
    const page = context.pages()[0] ?? (await context.newPage());
    return { context, page };
  }

  const users = {} as Record<Persona, { context: BrowserContext; page: Page }>;
  for (const persona of PERSONAS) users[persona] = await open(persona);
  const lead = users.leadStaff;

  async function replay(persona: Persona, captured: Captured, fields: Record<string, string | null>) {
    const response = await users[persona].context.request.post(captured.path, {
      headers: { "next-action": captured.actionId, origin: baseURL!, accept: "text/x-component" },
      multipart: withFields(captured, fields),
      maxRedirects: 0,
    });
    const headers = response.headers();
    return {
      status: response.status(),
      redirect: headers["x-action-redirect"] ?? headers["location"] ?? "",
      body: await response.text(),
    } satisfies Outcome;
  }

  /** Done: the action redirected to its "done" page. Refused: a forbidden answer, nothing done. */
  function expectOutcome(outcome: Outcome, persona: Persona, allowed: boolean, done: string, label: string) {
    if (allowed) {
      expect(outcome.redirect, `${label}: ${outcome.body.slice(0, 400)}`).toContain(`done=${done}`);
      return;
    }
    expect(outcome.redirect, label).not.toContain("done=");
    if (persona === "anonymous") {
      // No session: the proxy sends the call to sign in before any action code runs.
      expect(outcome.status, label).toBe(307);
      expect(outcome.redirect, label).toContain("/login");
    } else if (done === "withdrawn") {
      expect(outcome.redirect, label).toContain("problem=refused"); // a plain form: refusal via the query string
    } else {
      expect(outcome.body, label).toContain('"code":"forbidden"');
    }
  }

  const get = async (persona: Persona, path: string) => {
    const response = await users[persona].context.request.get(path, { maxRedirects: 0 });
    return { status: response.status(), body: await response.text() };
  };

  /** The entry for an update in a list page (an <li> on /my, an <article> on /review), or null. */
  async function entry(persona: Persona, path: "/my" | "/review", id: number): Promise<string | null> {
    const { status, body } = await get(persona, path);
    expect(status, `${persona} opens ${path}`).toBe(200);
    const tag = path === "/my" ? "li" : "article";
    return (
      body
        .split(`<${tag}`)
        .slice(1)
        .map((chunk) => chunk.split(`</${tag}>`)[0]!)
        .find((chunk) => chunk.includes(`name="updateId" value="${id}"`) || chunk.includes(`update=${id}"`)) ?? null
    );
  }

  async function myUpdateIds(persona: Persona): Promise<Set<number>> {
    const { body } = await get(persona, "/my");
    return new Set([...body.matchAll(/name="updateId" value="(\d+)"|update=(\d+)"/g)].map((m) => Number(m[1] ?? m[2])));
  }

  // 1. Capture each operation's request from an allowed user's own form.
  const narrativeOf = (slug: string) => `PM-${RUN}-${slug}-public`;
  const notesOf = (slug: string) => `PM-${RUN}-${slug}-internal`;

  await lead.page.goto(`/actions/${CODE}/update`);
  // 1.5 is past its baseline due date: a submission needs a future forecast, an explanation and a
  // recovery step, and a confidence (the form starts with none).
  await lead.page.getByLabel("Delivery confidence").selectOption("probable");
  await lead.page.getByLabel("Forecast due date").fill(FUTURE_FORECAST);
  await lead.page.getByLabel("Or, not done yet: forecast due").fill(MILESTONE_FORECAST);
  await lead.page.getByLabel("Explanation").fill("Agencies asked for more time to comment.");
  await lead.page.getByLabel("Recovery step").fill("Drafting continues on the school findings first.");
  await lead.page.getByLabel("Public narrative").fill(narrativeOf("capture-save"));
  await lead.page.getByLabel("Internal notes (never published)").fill(notesOf("capture-save"));
  const save = await capture(lead.page, `/actions/${CODE}/update`, () =>
    lead.page.getByRole("button", { name: "Save draft" }).click(),
  );
  await lead.page.waitForURL(/\/my\?done=saved/);

  const captures: Partial<Record<"withdraw" | "approve" | "return" | "publish" | "schedule", Captured>> = {};

  /** The hidden update, version and action fields of each form on a page, for the matrix action. */
  async function formsOn(persona: Persona, path: "/my" | "/review") {
    const { body } = await get(persona, path);
    const pattern =
      /name="updateId" value="(\d+)"\/><input type="hidden" name="version" value="(\d+)"\/><input type="hidden" name="actionCode" value="([^"]+)"/g;
    const found = new Map<number, number>();
    for (const m of body.matchAll(pattern)) if (m[3] === CODE) found.set(Number(m[1]), Number(m[2]));
    return [...found].map(([id, version]) => ({ id, version }));
  }

  /**
   * An action has one open update per period. The spec keeps track of it (every step moves it on by
   * one version), so each step can close what the last one left open without reading the lists
   * again: TEC returns an approved update (an approved update can no longer be withdrawn), then its
   * author withdraws it.
   */
  type OpenState = "draft" | "submitted" | "agency_approved" | "changes_requested";
  let current: { id: number; version: number; state: OpenState; author: "leadStaff" | "contributorStaff" } | null =
    null;
  /** The open update took one step: to `state`, or out of the open states (withdrawn, published). */
  function moved(state: OpenState | null) {
    if (!current) throw new Error("No open update to move on");
    current = state ? { ...current, state, version: current.version + 1 } : null;
  }

  async function makeRoom() {
    if (!current) return;
    if (current.state === "agency_approved") {
      const outcome = await replay("monitor", captures.return!, {
        ...target(current),
        returnReason: `Clearing ${RUN}`,
      });
      expect(outcome.redirect, outcome.body.slice(0, 400)).toContain("done=returned");
      moved("changes_requested");
    }
    const outcome = await replay(current!.author, captures.withdraw!, target(current!));
    expect(outcome.redirect, outcome.body.slice(0, 400)).toContain("done=withdrawn");
    moved(null);
  }

  /** The author's one open update of the matrix action, read from their list, as the tracked one. */
  async function openedBy(author: "leadStaff" | "contributorStaff", label: string) {
    const forms = await formsOn(author, "/my");
    expect(forms, `${label}: one open update`).toHaveLength(1);
    current = { ...forms[0]!, state: "draft", author };
    return forms[0]!;
  }

  /** A new draft by the lead agency's staff member, made by replaying their own form. */
  async function draft(slug: string): Promise<Prepared> {
    await makeRoom();
    const narrative = narrativeOf(slug);
    const notes = notesOf(slug);
    const outcome = await replay("leadStaff", save, {
      requestKey: randomUUID(),
      publicNarrative: narrative,
      internalNotes: notes,
      intent: "save",
      updateId: null,
      version: null,
    });
    expect(outcome.redirect, `${slug}: ${outcome.body.slice(0, 400)}`).toContain("done=saved");
    const { id, version } = await openedBy("leadStaff", slug);
    expect(version, slug).toBe(1);
    return { id, version, narrative, notes };
  }

  async function submitted(slug: string): Promise<Prepared> {
    const d = await draft(slug);
    const outcome = await replay("leadStaff", save, {
      requestKey: randomUUID(),
      publicNarrative: d.narrative,
      internalNotes: d.notes,
      intent: "submit",
      updateId: String(d.id),
      version: String(d.version),
    });
    expect(outcome.redirect, `${slug}: ${outcome.body.slice(0, 400)}`).toContain("done=submitted");
    moved("submitted");
    return { ...d, version: 2 };
  }

  const target = (u: { id: number; version: number }) => ({
    updateId: String(u.id),
    version: String(u.version),
    actionCode: CODE,
  });

  async function approved(slug: string): Promise<Prepared> {
    const s = await submitted(slug);
    const outcome = await replay("ownApprover", captures.approve!, target(s));
    expect(outcome.redirect, `${slug}: ${outcome.body.slice(0, 400)}`).toContain("done=approved");
    moved("agency_approved");
    return { ...s, version: 3 };
  }

  const inForm = (page: Page, tag: "li" | "article", id: number) =>
    page.locator(tag, { has: page.locator(`input[name="updateId"][value="${id}"]`) }).first();

  {
    // The draft the capture above saved is the action's one open update: withdraw it to capture that.
    const d = await openedBy("leadStaff", "the captured save");
    await lead.page.goto("/my");
    captures.withdraw = await capture(lead.page, "/my", () =>
      inForm(lead.page, "li", d!.id)
        .getByRole("button", { name: /^Withdraw/ })
        .click(),
    );
    await lead.page.waitForURL(/\/my\?done=withdrawn/);
    moved(null);

    const s = await submitted("capture-approve");
    const approver = users.ownApprover.page;
    await approver.goto("/review");
    captures.approve = await capture(approver, "/review", () =>
      inForm(approver, "article", s.id)
        .getByRole("button", { name: /^Approve/ })
        .click(),
    );
    await approver.waitForURL(/\/review\?done=approved/);
    moved("agency_approved");

    const monitor = users.monitor.page;
    await monitor.goto("/review");
    await inForm(monitor, "article", s.id)
      .getByLabel(/I have checked this update/)
      .check();
    captures.publish = await capture(monitor, "/review", () =>
      inForm(monitor, "article", s.id)
        .getByRole("button", { name: /^Publish now/ })
        .click(),
    );
    await monitor.waitForURL(/\/review\?done=published/);
    moved(null);

    const r = await submitted("capture-return");
    await monitor.goto("/review");
    const card = inForm(monitor, "article", r.id);
    await card.getByLabel(/^What needs to change \(required/).fill(`Reason ${RUN}`);
    captures.return = await capture(monitor, "/review", () =>
      card.getByRole("button", { name: /^Return for changes/ }).click(),
    );
    await monitor.waitForURL(/\/review\?done=returned/);
    moved("changes_requested");

    const a = await approved("capture-schedule");
    await monitor.goto("/review");
    const scheduleCard = inForm(monitor, "article", a.id);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString("en-CA", {
      timeZone: "Pacific/Auckland",
    });
    await scheduleCard.getByLabel("Date", { exact: true }).fill(nextWeek);
    captures.schedule = await capture(monitor, "/review", () =>
      scheduleCard.getByRole("button", { name: /^Schedule/ }).click(),
    );
    await monitor.waitForURL(/\/review\?done=scheduled/);
    moved(null);
  }

  // 2. For each operation, an allowed persona, a refused one and an anonymous caller replay it against
  // a fresh update; an allowed viewer checks the result.
  const covered: string[] = [];
  const cells = OPERATIONS.flatMap((op) => HTTP_CELLS[op].map((persona) => ({ op, persona })));
  for (const persona of PERSONAS) {
    const expected = EXPECTED[persona];
    const label = (op: Operation) => cellLabel(persona, op);
    const slug = (op: string) => `${op.replace(/ /g, "-")}-${persona}`;
    const asks = (op: Operation) => cells.some((c) => c.op === op && c.persona === persona);

    if (asks("create draft"))
      await test.step(`${persona}: create draft`, async () => {
        const op = "create draft";
        await makeRoom();
        const canList = !["anonymous", "monitor", "admin"].includes(persona);
        const before = canList ? await myUpdateIds(persona) : new Set<number>();
        const outcome = await replay(persona, save, {
          requestKey: randomUUID(),
          publicNarrative: narrativeOf(slug(op)),
          internalNotes: notesOf(slug(op)),
          intent: "save",
          updateId: null,
          version: null,
        });
        expectOutcome(outcome, persona, expected[op], "saved", label(op));
        if (canList) {
          const created = [...(await myUpdateIds(persona))].filter((id) => !before.has(id));
          expect(created, label(op)).toHaveLength(expected[op] ? 1 : 0);
          if (expected[op]) {
            if (persona !== "leadStaff" && persona !== "contributorStaff") throw new Error(`${persona} cannot author`);
            current = { id: created[0]!, version: 1, state: "draft", author: persona };
            const page = await get(persona, `/actions/${CODE}/update?update=${created[0]}`);
            expect(page.body, label(op)).toContain(narrativeOf(slug(op)));
          }
        }
        covered.push(label(op));
      });

    if (asks("edit draft"))
      await test.step(`${persona}: edit draft`, async () => {
        const op = "edit draft";
        const d = await draft(slug(op));
        const edited = `${d.narrative}-edited`;
        const outcome = await replay(persona, save, {
          requestKey: randomUUID(),
          publicNarrative: edited,
          internalNotes: d.notes,
          intent: "save",
          updateId: String(d.id),
          version: "1",
        });
        expectOutcome(outcome, persona, expected[op], "saved", label(op));
        if (expected[op]) moved("draft");
        const seen = await get("leadStaff", `/actions/${CODE}/update?update=${d.id}`);
        expect(seen.body.includes(edited), label(op)).toBe(expected[op]);
        expect(seen.body, label(op)).toContain(d.narrative);
        covered.push(label(op));
      });

    if (asks("submit"))
      await test.step(`${persona}: submit`, async () => {
        const op = "submit";
        const d = await draft(slug(op));
        const outcome = await replay(persona, save, {
          requestKey: randomUUID(),
          publicNarrative: d.narrative,
          internalNotes: d.notes,
          intent: "submit",
          updateId: String(d.id),
          version: "1",
        });
        expectOutcome(outcome, persona, expected[op], "submitted", label(op));
        if (expected[op]) moved("submitted");
        const seen = await entry("leadStaff", "/my", d.id);
        expect(seen, label(op)).toContain(expected[op] ? "Submitted, awaiting agency approval" : "Draft");
        covered.push(label(op));
      });

    if (asks("withdraw"))
      await test.step(`${persona}: withdraw`, async () => {
        const op = "withdraw";
        const d = await draft(slug(op));
        const outcome = await replay(persona, captures.withdraw!, target(d));
        expectOutcome(outcome, persona, expected[op], "withdrawn", label(op));
        if (expected[op]) moved(null);
        const seen = await entry("leadStaff", "/my", d.id);
        if (expected[op]) expect(seen, label(op)).toBeNull();
        else expect(seen, label(op)).toContain("Draft");
        covered.push(label(op));
      });

    if (asks("approve"))
      await test.step(`${persona}: approve`, async () => {
        const op = "approve";
        const s = await submitted(slug(op));
        const outcome = await replay(persona, captures.approve!, target(s));
        expectOutcome(outcome, persona, expected[op], "approved", label(op));
        if (expected[op]) moved("agency_approved");
        const seen = await entry("monitor", "/review", s.id);
        expect(seen, label(op)).toContain(
          expected[op] ? "Approved by the agency, awaiting TEC" : "Submitted, awaiting agency approval",
        );
        covered.push(label(op));
      });

    if (asks("return"))
      await test.step(`${persona}: return`, async () => {
        const op = "return";
        const s = await submitted(slug(op));
        const outcome = await replay(persona, captures.return!, target(s));
        expectOutcome(outcome, persona, expected[op], "returned", label(op));
        if (expected[op]) moved("changes_requested");
        const seen = await entry("leadStaff", "/my", s.id);
        expect(seen, label(op)).toContain(
          expected[op] ? "Returned for changes" : "Submitted, awaiting agency approval",
        );
        if (expected[op]) expect(seen, label(op)).toContain(`Reason ${RUN}`);
        covered.push(label(op));
      });

    if (asks("publish"))
      await test.step(`${persona}: publish`, async () => {
        const op = "publish";
        const a = await approved(slug(op));
        if (persona === "monitor") {
          // The confirmation is checked on the server too: the same call without the box publishes nothing.
          const unconfirmed = await replay(persona, captures.publish!, { ...target(a), confirmPublish: null });
          expect(unconfirmed.redirect).not.toContain("done=");
          expect(unconfirmed.body).toContain("Nothing was published");
          expect((await get("anonymous", `/api/v1/actions/${CODE}`)).body).not.toContain(a.narrative);
        }
        const outcome = await replay(persona, captures.publish!, target(a));
        expectOutcome(outcome, persona, expected[op], "published", label(op));
        if (expected[op]) moved(null);
        const api = await get("anonymous", `/api/v1/actions/${CODE}`);
        expect(api.status, label(op)).toBe(200);
        expect(api.body.includes(a.narrative), label(op)).toBe(expected[op]);
        expect(api.body, label(op)).not.toContain(a.notes);
        const queued = await entry("monitor", "/review", a.id);
        if (expected[op]) expect(queued, label(op)).toBeNull();
        else expect(queued, label(op)).toContain("Approved by the agency, awaiting TEC");
        covered.push(label(op));
      });

    if (asks("schedule"))
      await test.step(`${persona}: schedule`, async () => {
        const op = "schedule";
        const a = await approved(slug(op));
        const outcome = await replay(persona, captures.schedule!, target(a));
        expectOutcome(outcome, persona, expected[op], "scheduled", label(op));
        if (expected[op]) moved(null);
        const api = await get("anonymous", `/api/v1/actions/${CODE}`);
        expect(api.body, label(op)).not.toContain(a.narrative); // a week away, scheduled or not
        const queued = await entry("monitor", "/review", a.id);
        if (expected[op]) expect(queued, label(op)).toBeNull();
        else expect(queued, label(op)).toContain("Approved by the agency, awaiting TEC");
        covered.push(label(op));
      });

    if (asks("view draft") || asks("view internal notes"))
      await test.step(`${persona}: view draft and internal notes`, async () => {
        // The author sees their draft (with its notes) on the update page; reviewers see a submitted
        // update (with its notes) in the review queue. Everyone else sees neither, and the draft's
        // page answers 403 (or sends an anonymous caller to sign in).
        // One open update at a time: the submitted one is looked at first, then a draft.
        const s = await submitted(`view-submitted-${persona}`);
        const queue = await get(persona, "/review");
        const d = await draft(`view-draft-${persona}`);
        const page = await get(persona, `/actions/${CODE}/update?update=${d.id}`);
        const sees = (text: string) => page.body.includes(text) || queue.body.includes(text);
        for (const [op, texts] of [
          ["view draft", [d.narrative, s.narrative]],
          ["view internal notes", [d.notes, s.notes]],
        ] as const) {
          if (!asks(op)) continue;
          expect(sees(texts[0]) || sees(texts[1]), label(op)).toBe(expected[op]);
          covered.push(label(op));
        }
        if (persona === "leadStaff") {
          expect(page.status).toBe(200);
          expect(page.body).toContain(d.notes);
        } else if (persona === "anonymous") {
          expect(page.status).toBe(307);
          expect(queue.status).toBe(307);
        } else {
          expect(page.status, `${persona} opens another's draft`).toBe(403);
          expect(sees(d.narrative) || sees(d.notes), `${persona} sees another's draft`).toBe(false);
        }
        if (expected["view draft"] && persona !== "leadStaff") {
          expect(queue.status).toBe(200);
          expect(queue.body).toContain(s.narrative);
          expect(queue.body).toContain(s.notes);
        }
      });
  }

  expect(covered.sort()).toEqual(cells.map((c) => cellLabel(c.persona, c.op)).sort());
  // Leave the action as it was found: with no open update, so the next spec can write one.
  await makeRoom();
  for (const context of contexts) await context.close();
});
