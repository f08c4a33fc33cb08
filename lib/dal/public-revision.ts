import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import { nzDateOf } from "@/lib/periods/nz-time";
import { databaseIdentity } from "./database-identity";
import { getDb } from "./db";
import { releasedState } from "./visibility";

/**
 * Names the state of the public record a read would see, in one small query: this server's database
 * (its address), that database's own instance and revision (db/schema/public-revision.ts: every
 * change the public can see raises the revision in its own transaction), the next moment a scheduled
 * update comes into view (so one becomes public without a write), and today's date in New Zealand
 * (overdue counts change at midnight). Two reads with the same stamp see the same public record.
 */
export async function publicStamp(now = new Date()): Promise<string> {
  const db = await getDb();
  const [row] = rowsOf<{ instance: string; revision: string | number; next_release: string | Date | null }>(
    await db.execute(sql`
      select r.instance, r.revision,
        (select min(u.published_at) from progress_updates u
          where ${releasedState("u")} and u.published_at > now()) as next_release
      from public_revision r`),
  );
  if (!row) throw new Error("The public_revision row is missing: run the migrations (npm run db:migrate).");
  const nextRelease = row.next_release === null ? "none" : new Date(row.next_release).toISOString();
  return [databaseIdentity(), row.instance, String(row.revision), nextRelease, nzDateOf(now)].join("|");
}
