import { getAccountSummary } from "@/lib/dal/actor";

export const dynamic = "force-dynamic";

/**
 * Who is signed in, for the user bar on public pages (those pages are cached and shared, so they
 * cannot say). Never cached: it answers for this visitor's session only.
 */
export async function GET() {
  return Response.json({ user: await getAccountSummary() }, { headers: { "Cache-Control": "private, no-store" } });
}
