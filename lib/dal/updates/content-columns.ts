import "server-only";
import * as t from "@/db/schema";
import { PUBLIC_CONTENT_FIELDS, type PublicContentField } from "@/lib/workflow/update-content";

/** The columns of an update the public may read once it is published, for a select. */
export const publicContentColumns = Object.fromEntries(PUBLIC_CONTENT_FIELDS.map((n) => [n, t.progressUpdates[n]])) as {
  [K in PublicContentField]: (typeof t.progressUpdates)[K];
};
