import { getActor } from "@/lib/dal/actor";
import { exportAuditEvents } from "@/lib/dal/audit-trail";
import { isWorkflowError } from "@/lib/dal/updates";
import { parseAuditFilters } from "@/lib/people/audit-filters";
import { toCsv } from "@/lib/public/csv";

export const dynamic = "force-dynamic";

const HEADER = ["occurred_at", "actor", "entity", "entity_id", "event", "before", "after", "reason"];

/** The audit trail as CSV, with the page's filters (UTF-8 with BOM; spreadsheet formulas defused). */
export async function GET(request: Request) {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { filters } = parseAuditFilters(query);
  let rows;
  try {
    rows = await exportAuditEvents(await getActor(), filters);
  } catch (error) {
    if (isWorkflowError(error)) {
      return new Response(error.message, {
        status: error.status,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
  const json = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));
  const body = toCsv(
    HEADER,
    rows.map((r) => [r.occurredAt, r.actor, r.entity, r.entityId, r.event, json(r.before), json(r.after), r.reason]),
  );
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="mahere-audit-trail.csv"',
      "cache-control": "private, no-store",
    },
  });
}
