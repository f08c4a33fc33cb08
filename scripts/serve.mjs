/**
 * Serves the built app: Next.js's own request handling (what `next start` runs), with a short-lived
 * cache of finished public responses in front of it (lib/cache/response-cache.mjs). Started by
 * scripts/start.mjs after the build and the database are ready. Listens on PORT on every interface,
 * as `next start` does.
 */
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createResponseCache } from "../lib/cache/response-cache.mjs";

process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);
const started = Date.now();

const app = next({ dev: false, dir: root, port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
const cache = createResponseCache();

const server = http.createServer((req, res) => {
  Promise.resolve(cache.handle(req, res, handle)).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Mahere could not answer this request.");
  });
});
// Longer than a load balancer's usual idle timeout, so it never reuses a connection we closed.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(port, () => {
  console.log(`✓ Ready on http://localhost:${port} in ${Date.now() - started} ms`);
});

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Requests under way get a few seconds to finish.
    server.close(() => app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
