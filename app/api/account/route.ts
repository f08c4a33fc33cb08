import type { AccountSummary } from "@/components/layout/staff-links";
import { getCurrentUser } from "@/lib/dal/actor";

export const dynamic = "force-dynamic";

/**
 * Who is signed in, for the user bar on public pages (those pages are cached and shared, so they
 * cannot say). Never cached: it answers for this visitor's session only.
 */
export async function GET() {
  const user = await getCurrentUser();
  const summary: AccountSummary | null = user && {
    name: user.name,
    agency: user.agency?.acronym ?? null,
    role: user.role,
  };
  return Response.json({ user: summary }, { headers: { "Cache-Control": "private, no-store" } });
}
