import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import {
  createIndicator,
  getIndicatorForEdit,
  getIndicatorFormOptions,
  listIndicatorsForManagement,
  readingsForPeriod,
  recordReadings,
  updateIndicator,
} from "@/lib/dal/indicators-admin";
import { loadPublicIndicators } from "@/lib/dal/public-indicators";
import { ANONYMOUS } from "@/lib/permissions/actor";
import { DRIVERS } from "../../support/databases";
import { actorFor, expectWorkflowError, userActor, workflowDatabase } from "../workflow/support";
import { counts, form, ids, indicatorAudit, indicatorForm, readingRows } from "./support";

describe.each(DRIVERS)("indicator management on %s", (driver) => {
  let handle: DbHandle;
  let refs: Awaited<ReturnType<typeof ids>>;
  let links: { agencyId: number; actionIds: number[]; recommendationIds: number[] };
  beforeAll(async () => {
    handle = await workflowDatabase(driver);
    refs = await ids(handle.db);
    links = { agencyId: refs.tec.id, actionIds: [refs.a15.id, refs.a14.id], recommendationIds: [refs.r1.id] };
  });
  afterAll(async () => handle?.close());

  const monitor = () => userActor(handle.db, "monitor");

  it("lets a monitor create an indicator with its links, audited once, and shows it publicly", async () => {
    const db = handle.db;
    const before = await counts(db);
    const created = await createIndicator(await monitor(), indicatorForm(links, { code: "T-create" }));
    expect(created.code).toBe("T-create");
    const [row] = await db.select().from(t.indicators).where(eq(t.indicators.id, created.id));
    expect(row).toMatchObject({ title: "School leavers with a career plan", baselineValue: 31.5, targetValue: 60 });
    const events = await indicatorAudit(db, created.id);
    expect(events.map((e) => e.event)).toEqual(["indicator.created"]);
    expect(events[0]!.before).toBeNull();
    expect(events[0]!.after).toMatchObject({
      code: "T-create",
      actionIds: [refs.a14.id, refs.a15.id].sort((a, b) => a - b),
    });
    expect(await counts(db)).toMatchObject({
      indicators: before.indicators + 1,
      links: before.links + 2,
      audit: before.audit + 1,
    });
    const pub = (await loadPublicIndicators()).indicators.find((i) => i.code === "T-create");
    expect(pub).toMatchObject({ actions: ["1.4", "1.5"], recommendations: [1], ownerAgency: { slug: "tec" } });
  });

  it("refuses bad input with every field's error and writes nothing", async () => {
    const db = handle.db;
    const before = await counts(db);
    const error = await expectWorkflowError(
      createIndicator(
        await monitor(),
        indicatorForm(links, { code: "bad code", baselineValue: "abc", targetValue: "", targetDate: "2020-01-01" }),
      ),
      "invalid",
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["baselineValue", "code", "targetDate", "targetValue"]);
    expect(await counts(db)).toEqual(before);
  });

  it("refuses a code already in use, whatever its case, as an error on the code and writes nothing", async () => {
    const db = handle.db;
    const before = await counts(db);
    for (const code of ["I1", "i1"]) {
      const error = await expectWorkflowError(
        createIndicator(await monitor(), indicatorForm(links, { code })),
        "invalid",
      );
      expect(error.fieldErrors).toEqual({ code: ["Another indicator already has this code. Choose a different one."] });
    }
    expect(await counts(db)).toEqual(before);
  });

  it("refuses an owner agency, action or recommendation that does not exist", async () => {
    const error = await expectWorkflowError(
      createIndicator(
        await monitor(),
        indicatorForm({ agencyId: 999_999, actionIds: [999_998], recommendationIds: [999_997] }, { code: "T-refs" }),
      ),
      "invalid",
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["actionIds", "ownerAgencyId", "recommendationIds"]);
  });

  it("edits an indicator, refuses a stale copy, and writes nothing for a save without changes", async () => {
    const db = handle.db;
    const me = await monitor();
    const { id } = await createIndicator(me, indicatorForm(links, { code: "T-edit" }));
    const opened = await getIndicatorForEdit(me, "T-edit");
    expect(opened.values.actionIds).toEqual([refs.a14.id, refs.a15.id].sort((a, b) => a - b));

    const saved = await updateIndicator(
      me,
      id,
      opened.updatedAt,
      indicatorForm({ ...links, actionIds: [refs.a14.id] }, { code: "T-edit", targetValue: "65" }),
    );
    expect(saved.changed).toBe(true);
    const events = await indicatorAudit(db, id);
    expect(events.map((e) => e.event)).toEqual(["indicator.created", "indicator.updated"]);
    expect(events[1]!.before).toMatchObject({
      targetValue: 60,
      actionIds: [refs.a14.id, refs.a15.id].sort((a, b) => a - b),
    });
    expect(events[1]!.after).toMatchObject({ targetValue: 65, actionIds: [refs.a14.id] });

    // A second monitor's copy, opened before the first save, is refused, not written over it.
    const before = await counts(db);
    const stale = await expectWorkflowError(
      updateIndicator(me, id, opened.updatedAt, indicatorForm(links, { code: "T-edit", title: "Other title" })),
      "conflict",
    );
    expect(stale.message).toMatch(/Someone else changed this indicator/);
    expect(await counts(db)).toEqual(before);
    const [row] = await db.select().from(t.indicators).where(eq(t.indicators.id, id));
    expect(row).toMatchObject({ title: "School leavers with a career plan", targetValue: 65 });

    const same = await updateIndicator(
      me,
      id,
      saved.updatedAt,
      indicatorForm({ ...links, actionIds: [refs.a14.id] }, { code: "T-edit", targetValue: "65" }),
    );
    expect(same.changed).toBe(false);
    expect(await counts(db)).toEqual(before);

    await expectWorkflowError(
      updateIndicator(me, id, "not a date", indicatorForm(links, { code: "T-edit" })),
      "conflict",
    );
    await expectWorkflowError(updateIndicator(me, 999_999, saved.updatedAt, indicatorForm(links)), "not_found");
    const clash = await expectWorkflowError(
      updateIndicator(me, id, saved.updatedAt, indicatorForm(links, { code: "I2" })),
      "invalid",
    );
    expect(Object.keys(clash.fieldErrors)).toEqual(["code"]);
    expect(await counts(db)).toEqual(before);
  });

  it("records a period's readings with breakdowns, then replaces them, removing what was cleared", async () => {
    const db = handle.db;
    const me = await monitor();
    const { id } = await createIndicator(me, indicatorForm(links, { code: "T-read" }));
    const stamp0 = readingsForPeriod(await getIndicatorForEdit(me, "T-read"), refs.open.id).stamp;
    const first = await recordReadings(
      me,
      id,
      stamp0,
      form({
        periodId: String(refs.open.id),
        total: "41.5",
        "group.maori": "35",
        "group.pacific_peoples": "33.25",
        "region.0.name": "Auckland",
        "region.0.value": "44",
        "region.1.name": "Waikato",
        "region.1.value": "39",
        note: "Provisional figures.",
      }),
    );
    expect(first.changed).toBe(true);
    expect(await readingRows(db, id, refs.open.id)).toEqual({
      "total:": 41.5,
      "population_group:maori": 35,
      "population_group:pacific_peoples": 33.25,
      "region:Auckland": 44,
      "region:Waikato": 39,
    });

    const opened = await getIndicatorForEdit(me, "T-read");
    const current = readingsForPeriod(opened, refs.open.id);
    expect(current.readings).toMatchObject({ total: 41.5, note: "Provisional figures.", groups: { maori: 35 } });
    await recordReadings(
      me,
      id,
      current.stamp,
      form({
        periodId: String(refs.open.id),
        total: "42",
        "group.maori": "36",
        "group.pacific_peoples": "",
        "region.0.name": "Auckland",
        "region.0.value": "44",
        "region.1.name": "",
        "region.1.value": "",
        note: "",
      }),
    );
    expect(await readingRows(db, id, refs.open.id)).toEqual({
      "total:": 42,
      "population_group:maori": 36,
      "region:Auckland": 44,
    });
    const events = (await indicatorAudit(db, id)).filter((e) => e.event === "indicator.readings_recorded");
    expect(events).toHaveLength(2);
    expect(events[1]!.before).toMatchObject({
      period: refs.open.label,
      total: 41.5,
      regions: [{ name: "Auckland" }, { name: "Waikato" }],
    });
    expect(events[1]!.after).toMatchObject({
      total: 42,
      note: null,
      groups: { maori: 36 },
      regions: [{ name: "Auckland", value: 44 }],
    });

    const pub = (await loadPublicIndicators()).indicators.find((i) => i.code === "T-read")!;
    expect(pub.readings).toEqual([
      expect.objectContaining({
        period: refs.open.label,
        value: 42,
        breakdowns: { populationGroup: { maori: 36 }, region: { Auckland: 44 } },
      }),
    ]);

    // The copy opened before the second save is stale now.
    const before = await counts(db);
    const stale = await expectWorkflowError(
      recordReadings(me, id, current.stamp, form({ periodId: String(refs.open.id), total: "1" })),
      "conflict",
    );
    expect(stale.message).toMatch(/Someone else changed this period's readings/);
    expect(await counts(db)).toEqual(before);
  });

  it("refuses readings for a closed period, an unknown period, or bad values, writing nothing", async () => {
    const db = handle.db;
    const me = await monitor();
    const [i1] = await db.select().from(t.indicators).where(eq(t.indicators.code, "I1"));
    const opened = await getIndicatorForEdit(me, "I1");
    const before = await counts(db);
    const closed = await expectWorkflowError(
      recordReadings(
        me,
        i1!.id,
        readingsForPeriod(opened, refs.closed.id).stamp,
        form({ periodId: String(refs.closed.id), total: "1" }),
      ),
      "invalid",
    );
    expect(closed.message).toBe(
      `The ${refs.closed.label} reporting period is closed, so its readings are frozen and cannot be changed. Choose an open period.`,
    );
    expect(closed.fieldErrors.periodId).toEqual([closed.message]);
    const unknown = await expectWorkflowError(
      recordReadings(me, i1!.id, "x", form({ periodId: "999999", total: "1" })),
      "invalid",
    );
    expect(unknown.fieldErrors).toEqual({ periodId: ["Choose a reporting period from the list."] });
    const bad = await expectWorkflowError(
      recordReadings(
        me,
        i1!.id,
        "x",
        form({ periodId: String(refs.open.id), total: "NaN", "group.maori": "Infinity" }),
      ),
      "invalid",
    );
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["group.maori", "total"]);
    await expectWorkflowError(
      recordReadings(me, 999_999, "x", form({ periodId: String(refs.open.id), total: "1" })),
      "not_found",
    );
    expect(await counts(db)).toEqual(before);
  });

  it.each(["admin", "ownApprover", "leadStaff", "anonymous"] as const)(
    "refuses %s every operation, before revealing anything, writing nothing",
    async (persona) => {
      const db = handle.db;
      const actor = persona === "anonymous" ? ANONYMOUS : await actorFor(db, persona);
      const [i1] = await db.select().from(t.indicators).where(eq(t.indicators.code, "I1"));
      const before = await counts(db);
      await expectWorkflowError(listIndicatorsForManagement(actor), "forbidden");
      await expectWorkflowError(getIndicatorForEdit(actor, "I1"), "forbidden");
      await expectWorkflowError(getIndicatorForEdit(actor, "NO-SUCH"), "forbidden");
      await expectWorkflowError(getIndicatorFormOptions(actor), "forbidden");
      await expectWorkflowError(createIndicator(actor, indicatorForm(links, { code: "T-forbidden" })), "forbidden");
      await expectWorkflowError(
        updateIndicator(actor, i1!.id, i1!.updatedAt.toISOString(), indicatorForm(links, { code: "I1" })),
        "forbidden",
      );
      await expectWorkflowError(updateIndicator(actor, 999_999, "x", indicatorForm(links)), "forbidden");
      await expectWorkflowError(
        recordReadings(actor, i1!.id, "x", form({ periodId: String(refs.open.id), total: "1" })),
        "forbidden",
      );
      expect(await counts(db)).toEqual(before);
    },
  );

  it("lists indicators by code with owner and latest total", async () => {
    const list = await listIndicatorsForManagement(await monitor());
    const codes = list.map((i) => i.code);
    expect(codes.indexOf("I2")).toBeLessThan(codes.indexOf("I10") === -1 ? Infinity : codes.indexOf("I10"));
    const read = list.find((i) => i.code === "T-read");
    expect(read).toMatchObject({ ownerAgency: refs.tec.name, latestReading: { period: refs.open.label, value: 42 } });
    expect(list.find((i) => i.code === "T-create")?.latestReading).toBeNull();
  });
});
