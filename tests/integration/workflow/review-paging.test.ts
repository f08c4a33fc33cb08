import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listReviewQueue, reviewQueuePage } from "@/lib/dal/review-queue";
import { DRIVERS } from "../../support/databases";
import { actorFor, expectWorkflowError, userActor, workflowDatabase } from "./support";

describe.each(DRIVERS)("the review queue a page at a time (%s)", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await workflowDatabase(driver);
  });
  afterAll(async () => handle?.close());

  it("gives bounded pages in the queue's order, with how many are waiting in all", async () => {
    const monitor = await userActor(handle.db, "monitor");
    const all = await listReviewQueue(monitor);
    expect(all.length).toBeGreaterThan(2);
    // Ready to publish first, then the longest waiting.
    const approved = all.map((i) => i.state === "agency_approved");
    expect(approved).toEqual([...approved].sort((a, b) => Number(b) - Number(a)));
    const ids: number[] = [];
    const pages = Math.ceil(all.length / 2);
    for (let page = 1; page <= pages; page++) {
      const p = await reviewQueuePage(monitor, { page, pageSize: 2 });
      expect(p).toMatchObject({ total: all.length, page, pageSize: 2 });
      expect(p.rows.length).toBe(Math.min(2, all.length - (page - 1) * 2));
      ids.push(...p.rows.map((i) => i.id));
    }
    expect(ids).toEqual(all.map((i) => i.id));
    // The second page is the next two updates, each as complete as in the full queue.
    const second = await reviewQueuePage(monitor, { page: 2, pageSize: 2 });
    expect(second.rows).toEqual(all.slice(2, 4));
    // Past the end: the last page.
    const past = await reviewQueuePage(monitor, { page: 99, pageSize: 2 });
    expect(past.page).toBe(pages);
    expect(past.rows.map((i) => i.id)).toEqual(all.slice((pages - 1) * 2).map((i) => i.id));
  });

  it("counts only what the reviewer may review, and refuses everyone else", async () => {
    const approver = await userActor(handle.db, "ownApprover");
    const mine = await listReviewQueue(approver);
    const page = await reviewQueuePage(approver, { page: 1, pageSize: 20 });
    expect(page.total).toBe(mine.length);
    expect(page.rows.map((i) => i.id)).toEqual(mine.slice(0, 20).map((i) => i.id));
    for (const persona of ["leadStaff", "admin", "anonymous"] as const) {
      await expectWorkflowError(
        reviewQueuePage(await actorFor(handle.db, persona), { page: 1, pageSize: 20 }),
        "forbidden",
      );
    }
  });
});
