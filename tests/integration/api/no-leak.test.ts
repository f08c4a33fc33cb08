import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { demoPlan } from "@/db/seed/demo-plan";
import { GET as getActionsCsv } from "@/app/api/v1/actions.csv/route";
import { GET as getAction } from "@/app/api/v1/actions/[code]/route";
import { GET as getActions } from "@/app/api/v1/actions/route";
import { GET as getIndicatorsCsv } from "@/app/api/v1/indicators.csv/route";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getPlanCsv } from "@/app/api/v1/plan.csv/route";
import { GET as getPlan } from "@/app/api/v1/plan/route";
import { GET as getUpdatesCsv } from "@/app/api/v1/updates.csv/route";
import { GET as getUpdates } from "@/app/api/v1/updates/route";
import { GET as getFeed } from "@/app/feed.xml/route";
import { GET as getWorkstreamFeed } from "@/app/[lang]/(public)/workstreams/[number]/feed.xml/route";
import { DRIVERS } from "../../support/databases";
import { apiDatabase, call, insertUpdate } from "./support";

const HOUR = 3_600_000;
const CODE = "2.1";
const WORKSTREAM = "2";

describe.each(DRIVERS)("unpublished content never leaves through the open data on %s", (driver) => {
  let handle: DbHandle;
  const markers = {
    draft: "leakcheckdraftzq",
    submitted: "leakchecksubmittedzq",
    scheduled: "leakcheckscheduledzq",
    published: "leakcheckinternalzq",
  };
  const visible = "visiblenarrativezq";

  beforeAll(async () => {
    handle = await apiDatabase(driver);
    const now = Date.now();
    const both = (m: string) => ({ publicNarrative: `Narrative ${m}`, internalNotes: `Notes ${m}`, risks: m });
    // One open update per action and period: the draft sits outside any period.
    await insertUpdate(handle, CODE, { state: "draft", periodId: null, ...both(markers.draft) });
    await insertUpdate(handle, CODE, {
      state: "submitted",
      submittedAt: new Date(now - HOUR),
      ...both(markers.submitted),
    });
    const future = new Date(now + 30 * 24 * HOUR);
    await insertUpdate(handle, CODE, {
      state: "published",
      publishAt: future,
      publishedAt: future,
      ...both(markers.scheduled),
    });
    await insertUpdate(handle, CODE, {
      state: "published",
      publishedAt: new Date(now - HOUR),
      publicNarrative: `Narrative ${visible}`,
      internalNotes: `Notes ${markers.published}`,
    });
  });
  afterAll(async () => handle?.close());

  async function everyBody(query = ""): Promise<string[]> {
    const responses = await Promise.all([
      call(getPlan, "/api/v1/plan"),
      call(getPlanCsv, "/api/v1/plan.csv"),
      call(getActions, `/api/v1/actions${query}`),
      call(getActionsCsv, `/api/v1/actions.csv${query}`),
      call(getAction, `/api/v1/actions/${CODE}`, { params: { code: CODE } }),
      call(getUpdates, "/api/v1/updates"),
      call(getUpdatesCsv, "/api/v1/updates.csv"),
      call(getIndicators, "/api/v1/indicators"),
      call(getIndicatorsCsv, "/api/v1/indicators.csv"),
      call(getFeed, "/feed.xml"),
      call(getWorkstreamFeed, `/workstreams/${WORKSTREAM}/feed.xml`, { params: { number: WORKSTREAM } }),
    ]);
    for (const r of responses) expect(r.status).toBe(200);
    return Promise.all(responses.map((r) => r.text()));
  }

  it("shows the published update's narrative but no marker from drafts, submissions, schedules or notes", async () => {
    const bodies = await everyBody();
    // The published update is there, so the endpoints are reading what the markers sit beside.
    expect(bodies.filter((b) => b.includes(visible)).length).toBeGreaterThanOrEqual(5);
    for (const body of bodies) {
      for (const marker of Object.values(markers)) expect(body).not.toContain(marker);
    }
  });

  it("keeps the demo plan's own unpublished narratives and every internal note out", async () => {
    const bodies = (await everyBody()).join("\n");
    const hidden = demoPlan.actions.flatMap((a) => a.story).filter((s) => (s.state ?? "published") !== "published");
    expect(hidden.length).toBeGreaterThan(0);
    for (const entry of hidden) expect(bodies).not.toContain(entry.narrative);
    const notes = demoPlan.actions.flatMap((a) => a.story.map((s) => s.internalNotes).filter((n) => !!n));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(bodies).not.toContain(note);
  });

  it("does not find actions by words that appear only in unpublished text", async () => {
    for (const marker of Object.values(markers)) {
      const response = await call(getActions, `/api/v1/actions?q=${marker}`);
      expect(await response.json()).toMatchObject({ count: 0, actions: [] });
    }
    const found = await call(getActions, `/api/v1/actions?q=${visible}`);
    expect(((await found.json()) as { actions: { code: string }[] }).actions.map((a) => a.code)).toEqual([CODE]);
  });
});
