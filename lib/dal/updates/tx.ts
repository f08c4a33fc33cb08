import type { Db } from "@/db/client";

/** A transaction handle of the app's database type (what db.transaction passes its callback). */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Db and Tx share the query builder; functions that only read accept either. */
export type Queryable = Db | Tx;
