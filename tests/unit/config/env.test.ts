import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { readEnv } from "@/lib/env";

const SECRET = "a-long-random-secret-0123456789abcdef";
const REAL = { AUTH_SECRET: SECRET, MAHERE_PUBLIC_URL: "https://mahere.example.org" };

const problems = (source: Record<string, string | undefined>) => {
  const result = readEnv(source);
  return result.ok ? [] : result.problems;
};

describe("the configuration (lib/env.ts)", () => {
  it("accepts a real deployment's settings and reads each one", () => {
    const result = readEnv({
      ...REAL,
      DATABASE_URL: "postgres://mahere@db/mahere",
      PORT: "8080",
      MAHERE_TRUSTED_PROXIES: "1",
    });
    expect(result).toEqual({
      ok: true,
      env: {
        demo: false,
        databaseUrl: "postgres://mahere@db/mahere",
        pgliteDir: undefined,
        port: 8080,
        authSecret: SECRET,
        publicUrl: "https://mahere.example.org",
        trustedProxies: { hops: 1 },
        oidc: null,
        mail: { smtpUrl: undefined, from: "Mahere <no-reply@mahere.example.org>" },
      },
    });
  });

  it("takes a mail server as an smtp:// or smtps:// address, and a sender, without repeating a password", () => {
    const smtp = "smtps://mahere:pa55word@mail.example.govt.nz:465";
    expect(readEnv({ ...REAL, SMTP_URL: smtp, MAIL_FROM: "TEC Mahere <mahere@tec.govt.nz>" })).toMatchObject({
      env: { mail: { smtpUrl: smtp, from: "TEC Mahere <mahere@tec.govt.nz>" } },
    });
    expect(readEnv({ ...REAL, SMTP_URL: "smtp://localhost:2525" })).toMatchObject({ ok: true });
    for (const bad of ["https://mail.example.org", "smtp://", "mail.example.org:25", "smtp://user:pa55word@"]) {
      const found = problems({ ...REAL, SMTP_URL: bad });
      expect(found, bad).toEqual([expect.stringMatching(/^SMTP_URL: /)]);
      expect(found.join(" ")).not.toContain("pa55word");
    }
    expect(problems({ ...REAL, MAIL_FROM: "not an address" })).toEqual([expect.stringMatching(/^MAIL_FROM: /)]);
  });

  it("takes an agency's OpenID Connect provider only whole, with an issuer address", () => {
    const oidc = {
      AUTH_OIDC_ISSUER: "https://login.example.govt.nz/v2.0",
      AUTH_OIDC_ID: "mahere",
      AUTH_OIDC_SECRET: "s3cret",
    };
    expect(readEnv({ ...REAL, ...oidc })).toMatchObject({
      env: { oidc: { issuer: oidc.AUTH_OIDC_ISSUER, clientId: "mahere", name: "your agency account" } },
    });
    expect(problems({ ...REAL, AUTH_OIDC_ISSUER: oidc.AUTH_OIDC_ISSUER })).toEqual([
      expect.stringMatching(/^AUTH_OIDC_ISSUER, AUTH_OIDC_ID, AUTH_OIDC_SECRET: set all three/),
    ]);
    expect(problems({ ...REAL, ...oidc, AUTH_OIDC_ISSUER: "login.example" })).toEqual([
      expect.stringMatching(/^AUTH_OIDC_ISSUER: /),
    ]);
    expect(problems({ ...REAL, ...oidc, AUTH_OIDC_ISSUER: "login.example" }).join(" ")).not.toContain("s3cret");
  });

  it("outside the demo, requires AUTH_SECRET (32+ characters) and MAHERE_PUBLIC_URL, naming each", () => {
    expect(problems({})).toEqual([
      expect.stringMatching(/^AUTH_SECRET: required/),
      expect.stringMatching(/^MAHERE_PUBLIC_URL: required/),
    ]);
    expect(problems({ ...REAL, AUTH_SECRET: "short" })).toEqual([
      expect.stringMatching(/^AUTH_SECRET: use at least 32/),
    ]);
  });

  it("in the demo, needs neither, and builds links on localhost at the port", () => {
    const result = readEnv({ MAHERE_DEMO: "1", PORT: "3200" });
    expect(result).toMatchObject({ ok: true, env: { demo: true, publicUrl: "http://localhost:3200" } });
    expect(problems({ MAHERE_DEMO: "1", DATABASE_URL: "postgres://x/y" })).toEqual([
      expect.stringMatching(/^MAHERE_DEMO: the demo runs on the embedded database only/),
    ]);
    expect(problems({ MAHERE_DEMO: "yes" })).toEqual([expect.stringMatching(/^MAHERE_DEMO: Set it to 1/)]);
  });

  it("refuses a bad public address, database URL, port or proxy setting, and never echoes a secret", () => {
    expect(problems({ ...REAL, MAHERE_PUBLIC_URL: "mahere.example.org" })).toEqual([
      expect.stringMatching(/^MAHERE_PUBLIC_URL: give an http/),
    ]);
    expect(problems({ ...REAL, MAHERE_PUBLIC_URL: "https://mahere.example.org/?x=1" })).toHaveLength(1);
    expect(problems({ ...REAL, DATABASE_URL: "mysql://x" })).toEqual([expect.stringMatching(/^DATABASE_URL: /)]);
    expect(problems({ ...REAL, PORT: "70000" })).toEqual([expect.stringMatching(/^PORT: /)]);
    expect(problems({ ...REAL, MAHERE_TRUSTED_PROXIES: "proxy.local" })).toEqual([
      expect.stringMatching(/^MAHERE_TRUSTED_PROXIES: /),
    ]);
    expect(problems({ ...REAL, AUTH_SECRET: "tooshort-secret" }).join(" ")).not.toContain("tooshort-secret");
  });

  it("keeps a path on the public address but drops a trailing slash", () => {
    expect(readEnv({ ...REAL, MAHERE_PUBLIC_URL: "https://tec.govt.nz/mahere/" })).toMatchObject({
      env: { publicUrl: "https://tec.govt.nz/mahere" },
    });
  });
});

describe("the client address behind proxies", () => {
  const headers = (xff: string) => new Headers({ "x-forwarded-for": xff });

  it("believes no forwarded header when no proxy is trusted: a client can write one itself", () => {
    expect(clientAddress(headers("203.0.113.9"), null)).toBeNull();
    expect(clientAddress(headers("203.0.113.9"), { hops: 0 })).toBeNull();
  });

  it("with N trusted hops, takes the address the outermost trusted proxy saw, whatever the client prepended", () => {
    expect(clientAddress(headers("1.2.3.4, 198.51.100.7"), { hops: 1 })).toBe("198.51.100.7");
    expect(clientAddress(headers("1.2.3.4, 198.51.100.7, 10.0.0.2"), { hops: 2 })).toBe("198.51.100.7");
    expect(clientAddress(headers("198.51.100.7"), { hops: 2 })).toBeNull();
    expect(clientAddress(new Headers(), { hops: 1 })).toBeNull();
  });

  it("with a list of proxy addresses, takes the first address from the right that is not one of them", () => {
    const trusted = { addresses: ["10.0.0.2", "10.0.0.3"] };
    expect(clientAddress(headers("1.2.3.4, 198.51.100.7, 10.0.0.3, 10.0.0.2"), trusted)).toBe("198.51.100.7");
    expect(clientAddress(headers("10.0.0.2"), trusted)).toBeNull();
  });
});
