import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";
import type { JobKind } from "@/lib/jobs/kind";

/** A kind of job for tests: counts its runs, and fails while `failures` is above zero. */
export function testKind(kind: string, failures = 0): JobKind & { runs: number; failures: number } {
  return {
    kind,
    runs: 0,
    failures,
    async due() {
      return [];
    },
    async run() {
      this.runs++;
      if (this.failures > 0) {
        this.failures--;
        throw new Error(`${kind} broke`);
      }
      return true;
    },
  };
}

export async function jobRow(db: Db, kind: string, key: string) {
  const [row] = await db
    .select()
    .from(t.jobs)
    .where(and(eq(t.jobs.kind, kind), eq(t.jobs.key, key)));
  return row!;
}
