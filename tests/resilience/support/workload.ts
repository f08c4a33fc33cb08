/**
 * The load: readers on public pages, the API, feeds and search, and writers: agency staff writing
 * and submitting updates (the update form, as a browser without JavaScript posts it), agency
 * approvers approving them and TEC monitors publishing them (the review steps, as the page's own
 * JavaScript calls them). Every answer is counted per route; every step the app acknowledged is
 * kept for the check afterwards.
 */
import { randomBytes } from "node:crypto";
import { CookieJar, headersWith, signIn } from "../../../scripts/support/app-server";
import type { Acknowledged, Target } from "./database";
import { findForm, getPage, postForm, withChanges } from "./forms";
import { actionId, callAction } from "./server-actions";

export const PASSWORD = "Demo-Password-2026";
export const persona = {
  staff: (agency: string) => `staff.${agency}@example.org`,
  approver: (agency: string) => `approver.${agency}@example.org`,
  monitor: "monitor@example.org",
};

type RouteStats = { count: number; ms: number[]; statuses: Map<number, number> };

/** Answers per route: how many, how long, which statuses (0: no answer at all). */
export class Recorder {
  routes = new Map<string, RouteStats>();
  serverErrors: string[] = [];
  /** Every answer with when it came (ms since the load started), for checks on a time window. */
  events: { at: number; route: string; status: number; detail: string }[] = [];
  started = performance.now();
  add(route: string, status: number, ms: number, detail = "") {
    this.events.push({ at: performance.now() - this.started, route, status, detail: detail.slice(0, 300) });
    const r: RouteStats = this.routes.get(route) ?? { count: 0, ms: [], statuses: new Map<number, number>() };
    r.count++;
    r.ms.push(ms);
    r.statuses.set(status, (r.statuses.get(status) ?? 0) + 1);
    this.routes.set(route, r);
    if (status >= 500 && this.serverErrors.length < 20) this.serverErrors.push(`${route}: ${status} ${detail}`.trim());
  }
  count(predicate: (status: number) => boolean): number {
    let n = 0;
    for (const r of this.routes.values()) for (const [s, c] of r.statuses) if (predicate(s)) n += c;
    return n;
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export type Load = {
  base: string;
  /** True once the staff writers should stop starting new updates. */
  writingDone: () => boolean;
  /** True once everyone should stop: writing is done and reviewers have caught up (or ran out of time). */
  until: () => boolean;
  recorder: Recorder;
  acks: Acknowledged[];
  /** Steps refused with a message (stale version, already open, database away): not failures. */
  refusals: string[];
  /** Ends the load now (the server was killed): every loop stops after its current request. */
  stop: () => void;
};

/** The public paths readers go round, with an action code put in. */
export function readerPaths(codes: string[]): ((i: number) => [string, string])[] {
  const code = (i: number) => codes[i % codes.length]!;
  return [
    () => ["/", "/"],
    (i) => ["/actions/{code}", `/actions/${code(i)}`],
    () => ["/actions?q=careers", "/actions?q=careers"],
    () => ["/api/v1/plan", "/api/v1/plan"],
    (i) => ["/api/v1/actions/{code}", `/api/v1/actions/${code(i)}`],
    () => ["/api/v1/updates", "/api/v1/updates"],
    () => ["/feed.xml", "/feed.xml"],
    () => ["/changes", "/changes"],
  ];
}

/** One reader: GETs one path after another until the load ends. Odd readers carry a cookie the app ignores. */
export async function reader(load: Load, index: number, codes: string[]) {
  const paths = readerPaths(codes);
  const jar = new CookieJar();
  if (index % 2 === 1) jar.set("mahere_reader", String(index));
  for (let i = index; !load.until(); i++) {
    const [route, path] = paths[i % paths.length]!(i * 7 + index);
    const started = performance.now();
    try {
      const response = await fetch(`${load.base}${path}`, { headers: headersWith(jar), redirect: "manual" });
      await response.arrayBuffer();
      load.recorder.add(route, response.status, performance.now() - started);
    } catch (error) {
      load.recorder.add(route, 0, performance.now() - started, String(error));
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const token = (who: string, n: number) => `rl-${who}-${n}-${randomBytes(3).toString("hex")}`;

export const submitChanges = (tok: string): Record<string, string> => ({
  intent: "submit",
  stage: "underway",
  confidence: "on_track",
  publicNarrative: `Work went on this quarter (${tok}).`,
  "evidenceLinks.0.title": "Meeting notes",
  "evidenceLinks.0.url": `https://example.org/evidence/${tok}`,
});

/** One submission on the update form: the form read, filled in and posted; acknowledged by the redirect. */
export async function submitOnce(load: Load, jar: CookieJar, target: Target, tok: string): Promise<boolean> {
  const page = `/actions/${encodeURIComponent(target.code)}/update`;
  const form = await getPage(load.base, jar, page);
  load.recorder.add("GET update form", form.status, form.ms);
  const parsed = form.status === 200 ? findForm(form.html, "requestKey") : undefined;
  if (!parsed) {
    if (form.status < 500) load.refusals.push(`${target.code}: form not offered (${form.status})`);
    return false;
  }
  const posted = await postForm(load.base, jar, page, withChanges(parsed, submitChanges(tok)));
  load.recorder.add("POST update (submit)", posted.status, posted.ms);
  if (posted.status === 303 && posted.location?.includes("done=submitted")) {
    load.acks.push({ kind: "submitted", token: tok, code: target.code, agency: target.agency });
    return true;
  }
  if (posted.status < 500) load.refusals.push(`${target.code}: submit answered ${posted.status}`);
  return false;
}

/** A staff writer: submits an update on each of its actions in turn. */
export async function staffWriter(load: Load, name: string, jar: CookieJar, targets: Target[]) {
  for (const [n, target] of targets.entries()) {
    if (load.writingDone()) return;
    try {
      await submitOnce(load, jar, target, token(name, n));
    } catch (error) {
      load.recorder.add("POST update (submit)", 0, 0, String(error));
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

type Card = { updateId: string; version: string; actionCode: string };

/** The review queue's cards that offer a step: approve (no extra field) or publish (the confirmation box). */
function cardsOffering(html: string, step: "approve" | "publish"): Card[] {
  const cards: Card[] = [];
  for (const m of html.matchAll(/<form\b[\s\S]*?<\/form>/gi)) {
    const form = m[0];
    const value = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(form)?.[1];
    const [updateId, version, actionCode] = [value("updateId"), value("version"), value("actionCode")];
    if (!updateId || !version || !actionCode) continue;
    const isPublish = form.includes('name="confirmPublish"');
    const other = /name="(returnReason|publishDate)"/.test(form);
    if ((step === "publish" && isPublish) || (step === "approve" && !isPublish && !other))
      cards.push({ updateId, version, actionCode });
  }
  return cards;
}

/** The agencies whose submissions this run's writers sent and that still wait for `step`. */
function waiting(load: Load, step: "approve" | "publish"): Map<string, Set<string>> {
  const done = new Set(
    load.acks.filter((a) => a.kind === (step === "approve" ? "approved" : "published")).map((a) => a.code),
  );
  const ready = step === "approve" ? null : new Set(load.acks.filter((a) => a.kind === "approved").map((a) => a.code));
  const out = new Map<string, Set<string>>();
  for (const a of load.acks) {
    if (a.kind !== "submitted" || done.has(a.code) || (ready && !ready.has(a.code))) continue;
    out.set(a.agency, (out.get(a.agency) ?? new Set()).add(a.code));
  }
  return out;
}

/**
 * A reviewer: reads the review queue (as the reviewer of an agency this run's writers are
 * waiting on) and takes the step on those cards, until the load ends. Approvers approve, monitors
 * publish.
 */
export async function reviewer(
  load: Load,
  sessions: { agency: string | null; jar: CookieJar }[],
  step: "approve" | "publish",
  share: (c: Card) => boolean,
) {
  const id = actionId("app/[lang]/(session)/review/actions.ts", step === "approve" ? "approveAction" : "publishAction");
  for (let round = 0; !load.until(); round++) {
    const pending = waiting(load, step);
    const codes = new Set([...pending.values()].flatMap((s) => [...s]));
    const mine = sessions.filter((s) => s.agency === null || pending.has(s.agency));
    const session = mine[round % Math.max(1, mine.length)];
    if (!session || codes.size === 0) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      const page = await getPage(load.base, session.jar, "/review");
      load.recorder.add("GET /review", page.status, page.ms);
      const cards =
        page.status === 200 ? cardsOffering(page.html, step).filter((c) => codes.has(c.actionCode) && share(c)) : [];
      if (cards.length === 0) await new Promise((r) => setTimeout(r, 200));
      for (const card of cards.slice(0, 5)) {
        if (load.until()) return;
        const fields: Record<string, string> = { ...card, ...(step === "publish" ? { confirmPublish: "on" } : {}) };
        const answer = await callAction(load.base, session.jar, "/review", id, fields);
        load.recorder.add(`POST review (${step})`, answer.status, answer.ms, answer.body.slice(0, 200));
        if (answer.redirect?.includes(`done=${step === "approve" ? "approved" : "published"}`)) {
          load.acks.push({
            kind: step === "approve" ? "approved" : "published",
            updateId: Number(card.updateId),
            code: card.actionCode,
          });
        } else if (answer.status < 500)
          load.refusals.push(`${step} ${card.actionCode}: ${answer.message ?? answer.status}`);
      }
    } catch (error) {
      load.recorder.add(`POST review (${step})`, 0, 0, String(error));
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Every page the load reads, once, so the first timings are not the server's first compile of each. */
async function warmUp(base: string, codes: string[], staff: CookieJar[]) {
  const anonymous = new CookieJar();
  const pages: [CookieJar, string][] = readerPaths(codes).map((p) => [anonymous, p(0)[1]]);
  for (const jar of staff) pages.push([jar, "/review"]);
  if (staff.length > 0 && codes[0]) pages.push([staff.at(-1)!, `/actions/${codes[0]}/update`]);
  await Promise.all(pages.map(([jar, path]) => getPage(base, jar, path).catch(() => undefined)));
}

export type Mix = { readers: number; staff: number; approvers: number; monitors: number };

/** Signs everyone in, then runs the mix until `seconds` have passed; returns the load's record. */
export async function runLoad(
  base: string,
  targets: Target[],
  mix: Mix,
  seconds: number,
  codes: string[],
  onStart?: (load: Load) => void,
) {
  const agencies = [...new Set(targets.map((t) => t.agency))].sort();
  const sessions = new Map<string, CookieJar>();
  const session = async (email: string) => {
    if (!sessions.has(email)) sessions.set(email, await signIn(base, email, PASSWORD));
    return sessions.get(email)!;
  };
  const staff = await Promise.all(
    Array.from({ length: mix.staff }, async (_, i) => {
      const agency = agencies[i % agencies.length]!;
      const writersOfAgency = Math.ceil((mix.staff - (i % agencies.length)) / agencies.length);
      const mine = targets
        .filter((t) => t.agency === agency)
        .filter((_, k) => k % writersOfAgency === Math.floor(i / agencies.length));
      return { name: `w${i}`, jar: await session(persona.staff(agency)), mine };
    }),
  );
  // Each approver reviews for a share of the agencies, one agency's queue after another.
  const approvers = await Promise.all(
    Array.from({ length: mix.approvers }, (_, i) =>
      Promise.all(
        agencies
          .filter((_, k) => k % mix.approvers === i)
          .map(async (agency) => ({ agency: agency as string | null, jar: await session(persona.approver(agency)) })),
      ),
    ),
  );
  const monitor = mix.monitors > 0 ? await session(persona.monitor) : null;
  await warmUp(base, codes, [
    ...(monitor ? [monitor] : []),
    ...approvers.flat().map((a) => a.jar),
    ...staff.slice(0, 1).map((w) => w.jar),
  ]);
  const started = performance.now();
  let stopped = false;
  const writingDone = () => stopped || performance.now() > started + seconds * 1000;
  // Reviewers get up to twice as long again (90 s at least) to approve and publish what was submitted.
  let writing = mix.staff;
  const caughtUp = () => {
    if (writing > 0) return false;
    const published = new Set(state.acks.filter((a) => a.kind === "published").map((a) => a.code));
    return state.acks.every((a) => a.kind !== "submitted" || published.has(a.code));
  };
  const state: Load = {
    base,
    writingDone,
    until: () =>
      writingDone() &&
      (mix.monitors === 0 || caughtUp() || performance.now() > started + Math.max(3 * seconds, 90) * 1000),
    recorder: new Recorder(),
    acks: [],
    refusals: [],
    stop: () => (stopped = true),
  };
  state.recorder.started = started;
  onStart?.(state);
  const runs: Promise<unknown>[] = [];
  for (let i = 0; i < mix.readers; i++) runs.push(reader(state, i, codes));
  for (const w of staff) runs.push(staffWriter(state, w.name, w.jar, w.mine).finally(() => writing--));
  for (const sessions of approvers) runs.push(reviewer(state, sessions, "approve", () => true));
  for (let i = 0; i < mix.monitors; i++)
    runs.push(
      reviewer(state, [{ agency: null, jar: monitor! }], "publish", (c) => Number(c.updateId) % mix.monitors === i),
    );
  await Promise.all(runs);
  return { ...state, seconds: (performance.now() - state.recorder.started) / 1000 };
}
