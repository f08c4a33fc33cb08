import Link from "next/link";
import { signOutAction, signOutEverywhereAction } from "@/app/login/actions";
import { getCurrentUser } from "@/lib/dal/actor";

/** Who is signed in, their staff pages and sign out; a sign-in link for everyone else. */
export async function UserBar() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/login" className="inline-block min-h-11 py-2.5 text-white underline hover:text-white">
        Staff sign in
      </Link>
    );
  }
  const canReview = user.role === "agency_approver" || user.role === "tec_monitor";
  return (
    <div lang="en-NZ" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span>
        Signed in as <strong>{user.name}</strong>
        {user.agency && <> ({user.agency.acronym})</>}
      </span>
      <Link href="/my" className="inline-block min-h-11 py-2.5 text-white underline hover:text-white">
        My actions
      </Link>
      {canReview && (
        <Link href="/review" className="inline-block min-h-11 py-2.5 text-white underline hover:text-white">
          Review
        </Link>
      )}
      {canReview && (
        <Link href="/dashboard" className="inline-block min-h-11 py-2.5 text-white underline hover:text-white">
          Dashboard
        </Link>
      )}
      <form action={signOutAction}>
        <button type="submit" className="min-h-11 py-2.5 text-white underline">
          Sign out
        </button>
      </form>
      <form action={signOutEverywhereAction}>
        <button
          type="submit"
          title="Ends your sessions on every device"
          className="min-h-11 py-2.5 text-white underline"
        >
          Sign out everywhere
        </button>
      </form>
    </div>
  );
}
