import type { NextRequest } from "next/server";
import { getActor } from "@/lib/dal/actor";
import { DASHBOARD_CSV } from "@/lib/dal/dashboard/csv-tables";
import { loadDashboardScope } from "@/lib/dal/dashboard/scope";
import { isWorkflowError } from "@/lib/dal/updates";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { toCsv } from "@/lib/public/csv";

/** A dashboard widget's numbers as CSV, for the same people and filters as the dashboard itself. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ widget: string }> }) {
  const { widget } = await params;
  const table = Object.hasOwn(DASHBOARD_CSV, widget) ? DASHBOARD_CSV[widget] : undefined;
  if (!table) return new Response("There is no such dashboard table.\n", { status: 404 });
  try {
    const scope = await loadDashboardScope(
      await getActor(),
      parseDashboardFilters(Object.fromEntries(request.nextUrl.searchParams)),
    );
    const { header, rows } = await table(scope);
    return new Response(toCsv(header, rows), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="mahere-${widget}-${scope.period.slug}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isWorkflowError(error)) return new Response(`${error.message}\n`, { status: error.status });
    throw error;
  }
}
