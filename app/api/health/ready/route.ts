import { isDatabaseReady } from "@/lib/dal/db";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 when it does not (load balancers stop sending traffic). */
export async function GET() {
  const ready = await isDatabaseReady();
  return Response.json(
    { status: ready ? "ready" : "unavailable", database: ready ? "reachable" : "unreachable" },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
