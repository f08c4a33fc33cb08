import { expect } from "vitest";

/** Drizzle wraps the driver's error; the database's own message is on `cause`. */
export async function expectDatabaseRefusal(promise: Promise<unknown>, pattern: RegExp = /./): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the database accepted it").toBeInstanceOf(Error);
  const messages = [(error as Error).message, ((error as Error).cause as Error | undefined)?.message ?? ""];
  expect(messages.join(" | ")).toMatch(pattern);
}
