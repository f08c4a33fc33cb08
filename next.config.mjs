/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships its own WebAssembly and data files; it must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
