import { afterEach, describe, expect, it } from "vitest";
import { databaseIdentity } from "@/lib/dal/database-identity";

const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const identityWith = (env: { DATABASE_URL?: string; PGLITE_DIR?: string }) => {
  process.env.DATABASE_URL = env.DATABASE_URL ?? "";
  process.env.PGLITE_DIR = env.PGLITE_DIR ?? "";
  return databaseIdentity();
};

describe("the public data cache is keyed by the database a server reads", () => {
  it("differs between the demo's embedded database, another folder and a PostgreSQL database", () => {
    const demo = identityWith({ PGLITE_DIR: ".data/pglite" });
    const other = identityWith({ PGLITE_DIR: "/srv/mahere/pglite" });
    const real = identityWith({ DATABASE_URL: "postgres://mahere@db/mahere" });
    const another = identityWith({ DATABASE_URL: "postgres://mahere@db/mahere_staging" });
    expect(new Set([demo, other, real, another]).size).toBe(4);
  });

  it("is the same for the same database, and does not show the connection string", () => {
    const a = identityWith({ DATABASE_URL: "postgres://mahere:secret@db/mahere" });
    expect(identityWith({ DATABASE_URL: "postgres://mahere:secret@db/mahere" })).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });
});
