import { afterAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type DbHandle } from "@/db/client";
import { authorizedAction, UNAVAILABLE, type ActionState } from "@/lib/dal/authorize";
import { isDatabaseUnavailable } from "@/lib/dal/database-unavailable";
import { isDatabaseReady, setDatabaseHandle } from "@/lib/dal/db";

// A server action's request comes from our own page; who calls is read from the (unreachable) database.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "mahere.test", origin: "http://mahere.test" }),
}));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => ({ userId: 1, sessionVersion: 1 }) }));

type Form = ActionState & { values?: Record<string, string>; attempt: number };

describe("when the database cannot be reached", () => {
  const handles: DbHandle[] = [];
  afterAll(async () => {
    for (const h of handles) await h.close().catch(() => undefined);
  });

  it("a server action answers a clear message and keeps what was typed, instead of failing the request", async () => {
    // Port 9 on loopback: nothing listens there, so the connection is refused at once.
    const handle = await openDatabase({ kind: "postgres", url: "postgres://mahere@127.0.0.1:9/none" });
    handles.push(handle);
    setDatabaseHandle(handle);
    const handler = vi.fn(async () => ({ status: "idle" as const, attempt: 0 }));
    const action = authorizedAction<Form>(handler, (formData, previous) => ({
      values: { publicNarrative: String(formData.get("publicNarrative")) },
      attempt: previous.attempt + 1,
    }));
    const form = new FormData();
    form.set("publicNarrative", "What I typed");
    const state = await action({ status: "idle", attempt: 0 }, form);
    expect(handler).not.toHaveBeenCalled();
    expect(state).toMatchObject({
      status: "error",
      code: "unavailable",
      message: UNAVAILABLE,
      values: { publicNarrative: "What I typed" },
      attempt: 1,
    });
  });

  it("a refusal counts the form's next attempt, so its error summary takes the focus again", async () => {
    const handle = await openDatabase({ kind: "postgres", url: "postgres://mahere@127.0.0.1:9/none" });
    handles.push(handle);
    setDatabaseHandle(handle);
    const action = authorizedAction<Form>(async () => ({ status: "idle", attempt: 0 }));
    const first = await action({ status: "idle", attempt: 0 }, new FormData());
    const second = await action(first, new FormData());
    expect([first.attempt, second.attempt]).toEqual([1, 2]);
    expect(second).toMatchObject({ status: "error", code: "unavailable" });
  });

  it("the readiness check says no within its time limit when no connection answers", async () => {
    const hanging = { execute: () => new Promise(() => undefined) };
    setDatabaseHandle({ db: hanging as never, driver: "postgres", location: "hanging", close: async () => undefined });
    const started = Date.now();
    expect(await isDatabaseReady(100)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("tells an unreachable or overloaded database from a refused write", () => {
    const wrapped = (cause: object) =>
      Object.assign(new Error("Failed query"), { cause: Object.assign(new Error("x"), cause) });
    expect(isDatabaseUnavailable(wrapped({ code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(wrapped({ code: "CONNECTION_CLOSED" }))).toBe(true);
    expect(isDatabaseUnavailable(wrapped({ code: "57P01" }))).toBe(true); // the server shut down
    expect(isDatabaseUnavailable(wrapped({ code: "55P03" }))).toBe(true); // a lock waited too long
    expect(isDatabaseUnavailable(wrapped({ code: "57014" }))).toBe(true); // a statement ran too long
    expect(isDatabaseUnavailable(wrapped({ code: "23505" }))).toBe(false); // a unique violation
    expect(isDatabaseUnavailable(new Error("plain"))).toBe(false);
  });
});
