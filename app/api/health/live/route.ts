export const dynamic = "force-dynamic";

/** The process is up and serving; says nothing about the database. */
export function GET() {
  return Response.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
}
