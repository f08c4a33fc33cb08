import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import { optionsFromEnv } from "@/db/client";

/**
 * Which database this server reads: a hash of DATABASE_URL, or of the embedded database's folder.
 * Part of every cached public read's key, beside the database's own instance and revision.
 */
export function databaseIdentity(): string {
  const options = optionsFromEnv();
  const where =
    options.kind === "postgres" ? options.url : options.kind === "pglite-dir" ? path.resolve(options.dir) : "";
  return createHash("sha256").update(`${options.kind}:${where}`).digest("hex").slice(0, 16);
}
