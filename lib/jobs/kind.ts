import type { Db } from "@/db/client";
import type { Tx } from "@/lib/dal/updates/tx";

/** One kind of work the system does on its own. */
export type JobKind = {
  kind: string;
  /** The work due at `now`, by key; each key is queued once however often this is asked. */
  due(db: Db, now: Date): Promise<{ key: string; runAfter: Date }[]>;
  /**
   * Does the work in the caller's transaction, the one that marks the job done; must be a no-op when
   * the work is already done. Returns whether anything the public sees changed.
   */
  run(tx: Tx, key: string, now: Date): Promise<boolean>;
};
