import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships its own WebAssembly and data files; it must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole project as its own counted step; type-checking
  // again inside every build only doubles the time of `npm start` and CI.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
