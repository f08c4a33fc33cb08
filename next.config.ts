import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { readEnv } from "./lib/env";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const dev = process.env.NODE_ENV !== "production";

// No 'unsafe-eval' in production (React needs it only in development). Inline scripts carry
// Next's streamed data; a nonce-based policy would make every page dynamic.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  // PGlite ships its own WebAssembly and data files; it must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Rendered public pages are kept in this process's memory only, never written under .next/: a
  // server started from the same build on another database must never serve the first one's pages.
  cacheHandler: path.join(process.cwd(), "lib/cache/memory-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // A shared cache (CDN, proxy) may keep serving a public page for a minute while it asks again.
  expireTime: 60,
  // `forbidden()` answers a refused staff page with a real HTTP 403 (app/forbidden.tsx). A translated
  // workbook is posted to a server action: Next's 1 MB limit would refuse one at our own limit (1 MB,
  // lib/translations/workbook.ts) before it could say why, so the body may be a little larger.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "2mb" } },
  // The test run checks types on its own (`next typegen && tsc`, beside eslint) before it builds, so
  // its build skips the same check; every other build checks them.
  typescript: { ignoreBuildErrors: process.env.MAHERE_TYPES_CHECKED === "1" },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        // HSTS only when the request reached us over https (behind a TLS-terminating proxy).
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

/**
 * A server (`next start`, `next dev`) checks the configuration before it serves, however it was
 * started: the same check and messages as the start script's. A build needs no run-time settings.
 */
export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER) {
    const result = readEnv();
    if (!result.ok) {
      throw new Error(`Mahere's configuration is not valid:\n- ${result.problems.join("\n- ")}`);
    }
  }
  return withNextIntl(nextConfig);
}
