/**
 * The public search reads stored per-action documents (db/search/search-documents.ts) through a
 * GIN index. These tests hold it to the search it replaced (a document built per request over
 * every action and narrative, kept below as an oracle), and check that a document follows
 * publication: nothing before, the new words at once after, a scheduled update once its job ran.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { rowsOf } from "@/db/rows";
import * as t from "@/db/schema";
import { refreshSearchDocuments, refreshStaleSearchDocuments } from "@/db/search/search-documents";
import { visibleAt } from "@/db/visibility";
import { setDatabaseHandle } from "@/lib/dal/db";
import { actionSearchSql, searchActionCodes } from "@/lib/dal/search";
import { approveUpdate, createDraft, publishUpdate, scheduleUpdate, submitUpdate } from "@/lib/dal/updates";
import { runDueJobs } from "@/lib/jobs/run-due";
import { DRIVERS, seededDatabase } from "../support/databases";
import { ACTION, makeRoomForUpdate, readUpdate, userActor, validInput, workflowDatabase } from "./workflow/support";

/** The search as it was before documents were stored: every document built on every request. */
async function oracle(db: Db, query: string): Promise<string[]> {
  const q = query.normalize("NFC").trim().slice(0, 200);
  if (!q) return [];
  const fold = (expr: ReturnType<typeof sql>) => sql`translate(lower(${expr}), 'āēīōūĀĒĪŌŪ', 'aeiouaeiou')`;
  const document = sql`
    coalesce(a.title, '') || ' ' || coalesce(a.title_mi, '') || ' ' || a.description || ' ' || a.code || ' ' ||
    w.title || ' ' || w.description || ' ' ||
    coalesce((select string_agg(m.title, ' ') from milestones m where m.action_id = a.id), '') || ' ' ||
    coalesce((select string_agg(r.title || ' ' || r.description || ' ' || f.title || ' ' || f.description, ' ')
      from recommendations r join focus_areas f on f.id = r.focus_area_id
      where r.id in (select wr.recommendation_id from workstream_recommendations wr where wr.workstream_id = w.id
                     union select ar.recommendation_id from action_recommendations ar where ar.action_id = a.id)), '') || ' ' ||
    coalesce((select string_agg(u.public_narrative, ' ') from progress_updates u
      where u.action_id = a.id and ${visibleAt("u")}), '')`;
  const vector = sql`to_tsvector('english', ${fold(document)})`;
  const tsquery = sql`websearch_to_tsquery('english', ${fold(sql`${q}`)})`;
  const result = await db.execute<{ code: string }>(sql`
    select a.code from actions a join workstreams w on w.id = a.workstream_id
    where ${vector} @@ ${tsquery}
    order by ts_rank(${vector}, ${tsquery}) desc, a.code`);
  return rowsOf<{ code: string }>(result).map((r) => r.code);
}

/** Words from every part of the document (titles, te reo, codes, narratives), operators and phrases. */
const QUERIES = [
  "whanau",
  "whānau",
  "wha\u0304nau",
  "Maori",
  "Māori",
  "Tahatu",
  "careers",
  "career advice",
  "learners",
  "pathways",
  "data",
  "school leavers",
  '"secondary schools"',
  "careers -school",
  "apprenticeship or trades",
  "1.1",
  "Pacific",
  "employers",
  "guidance",
  "evidence",
  "published",
  "quality assurance",
  "zzzznotaword",
  "the",
];

const sorted = (codes: string[]) => [...codes].sort();

describe.each(DRIVERS)("the public search on stored documents on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await seededDatabase(driver);
    setDatabaseHandle(handle);
  });
  afterAll(async () => handle?.close());

  it("finds the same actions as the search it replaced, for every query", async () => {
    let nonEmpty = 0;
    for (const query of QUERIES) {
      const found = await searchActionCodes(query);
      expect(sorted(found), query).toEqual(sorted(await oracle(handle.db, query)));
      expect(new Set(found).size, query).toBe(found.length);
      if (found.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(QUERIES.length / 2);
  });

  it("ignores macrons both ways, and ranks an action's own code first", async () => {
    const found = await searchActionCodes("whanau");
    expect(found.length).toBeGreaterThan(0);
    expect(await searchActionCodes("whānau")).toEqual(found);
    expect(await searchActionCodes("WHĀNAU")).toEqual(found);
    // Codes and titles weigh most: other actions may mention "1.1", but the action itself leads.
    const [first] = await searchActionCodes("1.1");
    expect(first).toBe("1.1");
  });

  it("has a document for every action, and builds missing ones when migrating", async () => {
    const actions = await handle.db.$count(t.actions);
    const before = await searchActionCodes("careers");
    await handle.db.delete(t.actionSearchDocuments);
    expect(await searchActionCodes("careers")).toEqual([]);
    await migrateDatabase(handle);
    expect(await handle.db.$count(t.actionSearchDocuments)).toBe(actions);
    expect(await searchActionCodes("careers")).toEqual(before);
  });

  it("searches through a GIN index", async () => {
    const rows = rowsOf<{ method: string }>(
      await handle.db.execute(sql`
        select am.amname as method from pg_class c join pg_am am on am.oid = c.relam
        where c.relname = 'action_search_documents_document_idx'`),
    );
    expect(rows).toEqual([{ method: "gin" }]);
    if (driver !== "postgres") return;
    // A few hundred documents (the demo has a few dozen, which a scan of any kind reads as fast).
    await handle.db.execute(sql`
      insert into actions (plan_id, code, workstream_id, title, description, lead_agency_id, baseline_start, baseline_due)
      select plan_id, '99.' || g, workstream_id, 'Filler ' || g, 'Text to make the table larger.', lead_agency_id,
             baseline_start, baseline_due
      from actions, generate_series(1, 400) g where code = '1.1'`);
    await refreshSearchDocuments(handle.db);
    await handle.db.execute(sql`analyze action_search_documents`);
    const plan = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const explained = await tx.execute(sql`explain ${actionSearchSql("whanau")}`);
      return rowsOf<Record<string, string>>(explained)
        .map((r) => Object.values(r)[0])
        .join("\n");
    });
    expect(plan).toMatch(/Bitmap Index Scan on action_search_documents_document_idx/);
  });
});

describe.each(DRIVERS)("a search document follows publication on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await workflowDatabase(driver);
  });
  afterAll(async () => handle?.close());

  async function approved(narrative: string, internalNotes: string) {
    await makeRoomForUpdate(handle.db);
    const staff = await userActor(handle.db, "leadStaff");
    const approver = await userActor(handle.db, "ownApprover");
    const input = validInput({ publicNarrative: narrative, internalNotes });
    const { updateId } = await createDraft(staff, ACTION, input);
    expect(await searchActionCodes(narrative)).toEqual([]); // a draft
    await submitUpdate(staff, updateId, 1, input);
    expect(await searchActionCodes(narrative)).toEqual([]); // submitted
    await approveUpdate(approver, updateId, 2);
    expect(await searchActionCodes(narrative)).toEqual([]); // approved
    return updateId;
  }

  it("finds a new word once its update is published, never before, and never the internal notes", async () => {
    const id = await approved("Kōwhaiwhaiquill workshops held", "Quorblaxnote");
    await publishUpdate(await userActor(handle.db, "monitor"), id, 3);
    expect(await searchActionCodes("kowhaiwhaiquill")).toEqual([ACTION]);
    expect(await searchActionCodes("Kōwhaiwhaiquill")).toEqual([ACTION]);
    expect(await searchActionCodes("quorblaxnote")).toEqual([]);
    // The same set as the search it replaced, with the new narrative in it.
    expect(sorted(await searchActionCodes("workshops"))).toEqual(sorted(await oracle(handle.db, "workshops")));
  });

  it("finds a word written without a macron when searched with one", async () => {
    const id = await approved("Zentaruvo hui", "");
    await publishUpdate(await userActor(handle.db, "monitor"), id, 3);
    expect(await searchActionCodes("zēntaruvo")).toEqual([ACTION]);
  });

  it("finds a scheduled update's words only once its time has come and its job has run", async () => {
    const id = await approved("Plimsquadrant review", "");
    await scheduleUpdate(await userActor(handle.db, "monitor"), id, 3, new Date(Date.now() + 86_400_000));
    expect(await searchActionCodes("plimsquadrant")).toEqual([]);
    expect((await runDueJobs()).changed).toBe(0);
    expect(await searchActionCodes("plimsquadrant")).toEqual([]);

    // Its time comes (moved into the past directly: the clock cannot be turned in the database).
    const past = new Date(Date.now() - 60_000);
    await handle.db
      .update(t.progressUpdates)
      .set({ publishAt: past, publishedAt: past })
      .where(eq(t.progressUpdates.id, id));
    expect((await readUpdate(handle.db, id)).state).toBe("published");
    expect((await runDueJobs()).changed).toBe(1);
    expect(await searchActionCodes("plimsquadrant")).toEqual([ACTION]);
  });

  it("a sweep after migrating catches an update that became public while no job ran", async () => {
    const id = await approved("Vextrombule plan", "");
    await scheduleUpdate(await userActor(handle.db, "monitor"), id, 3, new Date(Date.now() + 86_400_000));
    const past = new Date(Date.now() - 60_000);
    // A document built before this moment is out of date once the update is public.
    await handle.db.update(t.actionSearchDocuments).set({ refreshedAt: new Date(past.getTime() - 60_000) });
    await handle.db
      .update(t.progressUpdates)
      .set({ publishAt: past, publishedAt: past })
      .where(eq(t.progressUpdates.id, id));
    expect(await searchActionCodes("vextrombule")).toEqual([]);
    expect(await refreshStaleSearchDocuments(handle.db)).toBe(1);
    expect(await searchActionCodes("vextrombule")).toEqual([ACTION]);
    expect(await refreshStaleSearchDocuments(handle.db)).toBe(0);
  });
});
