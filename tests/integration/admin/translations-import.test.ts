import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { rowsOf } from "@/db/rows";
import * as t from "@/db/schema";
import { loadMessages } from "@/i18n/messages";
import { messageAt } from "@/i18n/message-paths";
import { setDatabaseHandle } from "@/lib/dal/db";
import {
  applyTranslationImport,
  checkTranslationImport,
  exportTranslations,
  getTranslationImport,
} from "@/lib/dal/translations-admin";
import type { UserActor } from "@/lib/permissions/actor";
import { DRIVERS, seededDatabase } from "../../support/databases";
import { editWorkbook, smallWorkbook, workbookRows } from "../../support/translation-workbook";
import { actorFor, expectWorkflowError, userActor } from "../workflow/support";

const TITLE = "admin.home.title";
const SIGNED_IN = "staff.userBar.signedInAs";

describe.each(DRIVERS)("the interface translation round trip on %s", (driver) => {
  let handle: DbHandle;
  let admin: UserActor;

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    admin = await userActor(handle.db, "admin");
  });
  afterAll(async () => handle?.close());

  const revision = async () =>
    Number(
      rowsOf<{ revision: string | number }>(await handle.db.execute(sql`select revision from public_revision`))[0]!
        .revision,
    );
  const stored = () => handle.db.select().from(t.interfaceTranslations).orderBy(t.interfaceTranslations.key);
  const textEvents = () =>
    handle.db.select().from(t.auditEvents).where(eq(t.auditEvents.entity, "interface_text")).orderBy(t.auditEvents.id);
  const maori = async (key: string) => messageAt(await loadMessages("mi"), key);
  const check = (bytes: Uint8Array) => checkTranslationImport(admin, { name: "whakamāori.xlsx", bytes });

  it("is for administrators only", async () => {
    for (const persona of ["anonymous", "leadStaff", "monitor"] as const) {
      const actor = await actorFor(handle.db, persona);
      await expectWorkflowError(exportTranslations(actor, "all"), "forbidden");
      await expectWorkflowError(
        checkTranslationImport(actor, { name: "x.xlsx", bytes: new Uint8Array() }),
        "forbidden",
      );
    }
  });

  it("refuses a file with errors, naming each, and writes nothing", async () => {
    const edited = await smallWorkbook([
      [TITLE, "Whakahaere"],
      [SIGNED_IN, "Kua takiuru a {ingoa}"],
      ["admin.nonsense", "Kāore"],
    ]);
    const revisionBefore = await revision();
    const { id } = await check(edited);
    const preview = await getTranslationImport(admin, id);
    // What its good rows would change is shown, but a file with any error cannot be applied.
    expect(preview.changes).toEqual([{ key: TITLE, before: await maori(TITLE), after: "Whakahaere" }]);
    expect(preview.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: "Translations",
          column: "C (te reo Māori)",
          message: expect.stringContaining("{name}"),
        }),
        expect.objectContaining({
          column: "A (key)",
          message: "Unknown key “admin.nonsense”: Mahere has no such text.",
        }),
      ]),
    );
    const rows = preview.errors.map((e) => e.row);
    expect(rows.every((row) => row > 1)).toBe(true);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    await expectWorkflowError(applyTranslationImport(admin, id), "invalid");
    expect(await stored()).toEqual([]);
    expect(await textEvents()).toEqual([]);
    expect(await revision()).toBe(revisionBefore);
  });

  it("previews, then applies in one transaction: the site's te reo Māori changes, audited, macrons intact", async () => {
    const fileTitle = await maori(TITLE);
    const exported = new Uint8Array(await exportTranslations(admin, "left"));
    expect((await workbookRows(exported)).get(TITLE)).toEqual(["Administration", fileTitle, "repeats the English"]);
    const edited = await editWorkbook(exported, {
      texts: { [TITLE]: "Whakahaere", [SIGNED_IN]: "Kua takiuru a <strong>{name}</strong>" },
    });
    const { id } = await check(edited);
    const preview = await getTranslationImport(admin, id);
    expect(preview.errors).toEqual([]);
    // In the catalogue's order (staff comes before admin).
    expect(preview.changes).toEqual([
      {
        key: SIGNED_IN,
        before: "Signed in as <strong>{name}</strong>",
        after: "Kua takiuru a <strong>{name}</strong>",
      },
      { key: TITLE, before: fileTitle, after: "Whakahaere" },
    ]);
    expect(preview.unchanged).toBeGreaterThan(100);
    // The preview wrote nothing the site reads.
    expect(await stored()).toEqual([]);
    expect(await maori(TITLE)).toBe(fileTitle);

    const revisionBefore = await revision();
    expect(await applyTranslationImport(admin, id)).toEqual({ changed: 2 });
    expect(await revision()).toBeGreaterThan(revisionBefore);
    expect((await stored()).map((r) => [r.key, r.text])).toEqual([
      [TITLE, "Whakahaere"],
      [SIGNED_IN, "Kua takiuru a <strong>{name}</strong>"],
    ]);
    expect(await maori(TITLE)).toBe("Whakahaere");
    expect(messageAt(await loadMessages("en"), TITLE)).toBe("Administration");
    const events = await textEvents();
    expect(events.map((e) => [e.entityId, e.event, e.before, e.after])).toEqual([
      [
        `mi:${SIGNED_IN}`,
        "interface_text.imported",
        { text: "Signed in as <strong>{name}</strong>" },
        { text: "Kua takiuru a <strong>{name}</strong>" },
      ],
      [`mi:${TITLE}`, "interface_text.imported", { text: fileTitle }, { text: "Whakahaere" }],
    ]);
    await expectWorkflowError(applyTranslationImport(admin, id), "conflict");

    // Exported again: the imported text is there, no longer left.
    const again = await workbookRows(new Uint8Array(await exportTranslations(admin, "all")));
    expect(again.get(TITLE)).toEqual(["Administration", "Whakahaere", "translated"]);
    expect((await workbookRows(new Uint8Array(await exportTranslations(admin, "left")))).has(TITLE)).toBe(false);
  });

  it("leaves nothing behind when the apply fails part way, or the text changed since the check", async () => {
    const first = await check(await smallWorkbook([[TITLE, "Te whakahaere"]]));
    const second = await check(await smallWorkbook([[TITLE, "Ngā mahi whakahaere"]]));
    const before = { rows: await stored(), events: (await textEvents()).length, revision: await revision() };

    // The audit write fails inside the transaction: the upserts go with it.
    await handle.db.execute(sql`create function refuse_audit() returns trigger language plpgsql as $$
      begin raise exception 'audit refused for the test'; end $$`);
    await handle.db.execute(
      sql`create trigger refuse_audit before insert on audit_events for each statement execute function refuse_audit()`,
    );
    try {
      await expect(applyTranslationImport(admin, first.id)).rejects.toThrow();
    } finally {
      await handle.db.execute(sql`drop trigger refuse_audit on audit_events`);
      await handle.db.execute(sql`drop function refuse_audit()`);
    }
    expect(await stored()).toEqual(before.rows);
    expect((await textEvents()).length).toBe(before.events);
    expect(await revision()).toBe(before.revision);
    expect((await getTranslationImport(admin, first.id)).appliedAt).toBeNull();
    expect(await maori(TITLE)).toBe("Whakahaere");

    // Now it applies; the second, checked against the older text, is refused as stale.
    await applyTranslationImport(admin, first.id);
    await expectWorkflowError(applyTranslationImport(admin, second.id), "conflict");
    const [row] = await handle.db
      .select()
      .from(t.interfaceTranslations)
      .where(and(eq(t.interfaceTranslations.locale, "mi"), eq(t.interfaceTranslations.key, TITLE)));
    expect(row!.text).toBe("Te whakahaere");
    expect(await maori(TITLE)).toBe("Te whakahaere");
  });
});
