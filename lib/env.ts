import { z } from "zod";

/**
 * Mahere's configuration: every environment variable it reads, validated in one place. The start
 * script checks it before serving (db/prepare.ts), and next.config.ts checks it again when a server
 * starts however it was launched, so a missing or bad value stops the start with one message per
 * variable naming it and how to fix it.
 *
 * Demo mode (`npm run demo`, which sets MAHERE_DEMO=1) is the only mode that loads demo content and
 * accounts; it runs on the embedded database and fills in what a real deployment must set.
 */

const isOn = (v: string | undefined) => v === "1" || v === "true";

const flag = z
  .enum(["", "0", "1", "true", "false"], { error: "Set it to 1 (on) or leave it unset." })
  .optional()
  .transform(isOn);

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** A hop count ("1": one proxy in front) or a comma-separated list of proxy addresses. */
const trustedProxies = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx): { hops: number } | { addresses: string[] } | null => {
    if (!v) return null;
    if (/^\d{1,2}$/.test(v)) return { hops: Number(v) };
    const addresses = v
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean);
    if (addresses.length === 0 || addresses.some((a) => !/^[0-9a-fA-F.:]+$/.test(a))) {
      ctx.addIssue({
        code: "custom",
        message: "Give the number of proxies in front of Mahere (e.g. 1) or their addresses, separated by commas.",
      });
      return z.NEVER;
    }
    return { addresses };
  });

const shape = z.object({
  MAHERE_DEMO: flag,
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    error: "Give a PostgreSQL connection string starting with postgres:// or postgresql://.",
  }),
  PGLITE_DIR: optionalText,
  PORT: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : 3000))
    .refine((n) => Number.isInteger(n) && n > 0 && n < 65536, { error: "Give a port number from 1 to 65535." }),
  AUTH_SECRET: optionalText,
  MAHERE_PUBLIC_URL: optionalText,
  MAHERE_TRUSTED_PROXIES: trustedProxies,
  SMTP_URL: optionalText.refine((v) => v === undefined || smtpUrl(v) !== null, {
    error:
      "Give the mail server as smtp://user:password@host:587 (STARTTLS when offered) or smtps://user:password@host:465 (TLS), or leave it unset to keep mail in the outbox.",
  }),
  MAIL_FROM: optionalText.refine((v) => v === undefined || /^[^<>\r\n]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(v), {
    error: 'Give the sender as an address or as a name and address, e.g. "Mahere <mahere@example.org>".',
  }),
});

/** An smtp:// or smtps:// address with a host, or null. */
function smtpUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname ? url : null;
  } catch {
    return null;
  }
}

/** An agency's OpenID Connect provider: all three of issuer, client id and secret, or none. */
export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; name: string };

type Source = Record<string, string | undefined>;

/** The OpenID Connect settings, or null when none is set; a problem when only some are, or the issuer is no URL. */
export function readOidc(source: Source = process.env): { oidc: OidcSettings | null; problem: string | null } {
  const issuer = source.AUTH_OIDC_ISSUER?.trim() || undefined;
  const clientId = source.AUTH_OIDC_ID?.trim() || undefined;
  const clientSecret = source.AUTH_OIDC_SECRET || undefined;
  const given = [issuer, clientId, clientSecret].filter(Boolean).length;
  if (given === 0) return { oidc: null, problem: null };
  if (given < 3) {
    return {
      oidc: null,
      problem: "AUTH_OIDC_ISSUER, AUTH_OIDC_ID, AUTH_OIDC_SECRET: set all three for agency sign-in, or none.",
    };
  }
  if (!/^https?:\/\/[^\s]+$/.test(issuer!)) {
    return { oidc: null, problem: "AUTH_OIDC_ISSUER: give the provider's issuer address, starting with https://." };
  }
  return {
    oidc: {
      issuer: issuer!,
      clientId: clientId!,
      clientSecret: clientSecret!,
      name: source.AUTH_OIDC_NAME?.trim() || "your agency account",
    },
    problem: null,
  };
}

export type MahereEnv = {
  demo: boolean;
  databaseUrl: string | undefined;
  pgliteDir: string | undefined;
  port: number;
  authSecret: string | undefined;
  /** The origin every absolute link is built on, without a trailing slash (https://mahere.example.org). */
  publicUrl: string;
  trustedProxies: { hops: number } | { addresses: string[] } | null;
  oidc: OidcSettings | null;
  /** Where mail goes: a mail server, or (unset) the outbox administrators read at /admin/outbox. */
  mail: { smtpUrl: string | undefined; from: string };
};

export type EnvResult = { ok: true; env: MahereEnv } | { ok: false; problems: string[] };

function publicOrigin(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    if (url.search || url.hash || url.username) return null;
    return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return null;
  }
}

/** Reads and checks the configuration; every problem is listed, each naming its variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): EnvResult {
  const parsed = shape.safeParse(source);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`),
    };
  }
  const v = parsed.data;
  const problems: string[] = [];
  if (v.MAHERE_DEMO && v.DATABASE_URL) {
    problems.push(
      "MAHERE_DEMO: the demo runs on the embedded database only. Unset DATABASE_URL, or unset MAHERE_DEMO.",
    );
  }
  if (!v.MAHERE_DEMO) {
    if (!v.AUTH_SECRET) {
      problems.push(
        "AUTH_SECRET: required. Set it to a long random value, e.g. the output of `openssl rand -base64 33`.",
      );
    } else if (v.AUTH_SECRET.length < 32) {
      problems.push("AUTH_SECRET: use at least 32 characters, e.g. the output of `openssl rand -base64 33`.");
    }
    if (!v.MAHERE_PUBLIC_URL) {
      problems.push(
        "MAHERE_PUBLIC_URL: required. Give the address the public reaches Mahere on, e.g. https://mahere.example.org.",
      );
    }
  }
  const oidc = readOidc(source);
  if (oidc.problem) problems.push(oidc.problem);
  const fallback = `http://localhost:${v.PORT}`;
  const publicUrl = v.MAHERE_PUBLIC_URL ? publicOrigin(v.MAHERE_PUBLIC_URL) : fallback;
  if (publicUrl === null) {
    problems.push(
      "MAHERE_PUBLIC_URL: give an http:// or https:// address with no query, e.g. https://mahere.example.org.",
    );
  }
  if (problems.length > 0 || publicUrl === null) return { ok: false, problems };
  return {
    ok: true,
    env: {
      demo: v.MAHERE_DEMO,
      databaseUrl: v.DATABASE_URL,
      pgliteDir: v.PGLITE_DIR,
      port: v.PORT,
      authSecret: v.AUTH_SECRET,
      publicUrl,
      trustedProxies: v.MAHERE_TRUSTED_PROXIES,
      oidc: oidc.oidc,
      mail: { smtpUrl: v.SMTP_URL, from: v.MAIL_FROM ?? `Mahere <no-reply@${new URL(publicUrl).hostname}>` },
    },
  };
}

/** Whether demo mode was asked for (MAHERE_DEMO=1, set by `npm run demo`). */
export function demoRequested(source: Record<string, string | undefined> = process.env): boolean {
  return isOn(source.MAHERE_DEMO);
}

let cached: MahereEnv | undefined;

/** The checked configuration; throws one message listing every problem (the start script checks first). */
export function env(): MahereEnv {
  if (cached) return cached;
  const result = readEnv();
  if (!result.ok) throw new Error(`Mahere's configuration is not valid:\n- ${result.problems.join("\n- ")}`);
  cached = result.env;
  return cached;
}
