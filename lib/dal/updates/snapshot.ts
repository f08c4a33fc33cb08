import { pickContent } from "@/lib/workflow/update-content";
import type { UpdateRow } from "./load";

/**
 * What the audit trail keeps of an update: its workflow position and the author's content, not
 * the whole row (ids and timestamps are on the event itself).
 */
export function auditSnapshot(row: UpdateRow, extra: Record<string, unknown> = {}) {
  return {
    state: row.state,
    version: row.version,
    ...pickContent(row),
    returnReason: row.returnReason,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    ...extra,
  };
}
