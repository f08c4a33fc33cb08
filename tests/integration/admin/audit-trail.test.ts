import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { exportAuditEvents, listAuditEvents, AUDIT_PAGE_SIZE } from "@/lib/dal/audit-trail";
import { setDatabaseHandle } from "@/lib/dal/db";
import { parseAuditFilters } from "@/lib/people/audit-filters";
import { DRIVERS, seededDatabase } from "../../support/databases";
import { actorFor, expectWorkflowError } from "../workflow/support";

describe.each(DRIVERS)("the audit trail on %s", (driver) => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    // Events at known New Zealand times: 1 and 2 December 2026 (NZDT, UTC+13), by two people.
    const base = { entity: "agency", entityId: "1", event: "agency.updated" };
    await handle.db.insert(t.auditEvents).values([
      { ...base, occurredAt: new Date("2026-11-30T11:30:00Z"), actorLabel: "admin@example.org (admin)" }, // 1 Dec 00:30 NZDT
      { ...base, occurredAt: new Date("2026-12-01T10:59:00Z"), actorLabel: "other_admin@example.org (admin)" }, // 1 Dec 23:59
      { ...base, occurredAt: new Date("2026-12-01T11:00:00Z"), actorLabel: "admin@example.org (admin)" }, // 2 Dec 00:00
      ...Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
        entity: "user",
        entityId: String(i),
        event: "user.invited",
        occurredAt: new Date(Date.UTC(2026, 10, 1, 0, i)),
        actorLabel: "admin@example.org (admin)",
        after: { email: `=cmd|' /C calc'!A0 ${i}` },
      })),
    ]);
  });
  afterAll(async () => handle?.close());

  const filters = (query: Record<string, string>) => parseAuditFilters(query).filters;

  it("is open to administrators and TEC monitors only", async () => {
    for (const persona of ["anonymous", "leadStaff", "ownApprover"] as const) {
      const actor = await actorFor(handle.db, persona);
      await expectWorkflowError(listAuditEvents(actor, {}, 1), "forbidden");
      await expectWorkflowError(exportAuditEvents(actor, {}), "forbidden");
    }
    for (const persona of ["admin", "monitor"] as const) {
      const trail = await listAuditEvents(await actorFor(handle.db, persona), {}, 1);
      expect(trail.total).toBeGreaterThan(AUDIT_PAGE_SIZE);
    }
  });

  it("filters by kind of record, by who acted and by New Zealand dates, whole days included", async () => {
    const admin = await actorFor(handle.db, "admin");
    const dec1 = await listAuditEvents(admin, filters({ entity: "agency", from: "2026-12-01", to: "2026-12-01" }), 1);
    expect(dec1.rows.map((r) => r.occurredAt)).toEqual(["2026-12-01T10:59:00.000Z", "2026-11-30T11:30:00.000Z"]);
    const other = await listAuditEvents(admin, filters({ actor: "OTHER_admin" }), 1);
    expect(other.rows.map((r) => r.actor)).toEqual(["other_admin@example.org (admin)"]);
    // "_" is a letter to look for, not a wildcard.
    expect((await listAuditEvents(admin, filters({ actor: "r_admin" }), 1)).total).toBe(1);
    expect(dec1.entities).toEqual(expect.arrayContaining(["agency", "user"]));
  });

  it("pages newest first, and a page past the end shows the last", async () => {
    const admin = await actorFor(handle.db, "admin");
    const users = filters({ entity: "user" });
    const first = await listAuditEvents(admin, users, 1);
    const last = await listAuditEvents(admin, users, 99);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]!.occurredAt > first.rows[1]!.occurredAt).toBe(true);
    expect(last.page).toBe(2);
    expect(last.rows.length).toBe(first.total - AUDIT_PAGE_SIZE);
  });

  it("reports a filter that is not valid and leaves it out", () => {
    const parsed = parseAuditFilters({ entity: "user; drop", from: "2026-13-40", to: "2026-01-01", actor: "a" });
    expect(Object.keys(parsed.errors).sort()).toEqual(["entity", "from"]);
    expect(parsed.filters).toEqual({ actor: "a", to: "2026-01-01" });
    expect(parseAuditFilters({ from: "2026-02-01", to: "2026-01-01" }).errors.to).toBeDefined();
  });

  it("exports every matching event", async () => {
    const rows = await exportAuditEvents(
      await actorFor(handle.db, "monitor"),
      filters({ entity: "user", actor: "admin@" }),
    );
    expect(rows.length).toBeGreaterThanOrEqual(AUDIT_PAGE_SIZE + 5);
  });
});
