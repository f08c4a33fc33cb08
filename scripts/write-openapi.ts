/**
 * Writes the OpenAPI document to a file, for checking it with independent tools (Redocly):
 * `tsx scripts/write-openapi.ts <file>`. The origin is a placeholder deployment address.
 */
import { writeFileSync } from "node:fs";
import { openApiDocument } from "@/lib/api/openapi/document";

const out = process.argv[2];
if (!out) {
  console.error("Usage: tsx scripts/write-openapi.ts <file>");
  process.exit(2);
}
writeFileSync(out, JSON.stringify(openApiDocument("https://mahere.tec.govt.nz"), null, 2));
