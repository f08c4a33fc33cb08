import Link from "next/link";
import { getCurrentUser } from "@/lib/dal/actor";
import type { Role } from "@/lib/status/vocabulary";

const link = "inline-block min-h-11 py-2.5 text-white underline hover:text-white";

/** The staff pages each role can open (the pages check again: this only decides what to offer). */
const STAFF_LINKS: { href: string; label: string; roles: readonly Role[] }[] = [
  { href: "/my", label: "My actions", roles: ["agency_staff", "agency_approver", "tec_monitor", "admin"] },
  { href: "/review", label: "Review", roles: ["agency_approver", "tec_monitor"] },
  { href: "/dashboard", label: "Dashboard", roles: ["agency_approver", "tec_monitor"] },
  { href: "/reports", label: "Reports", roles: ["agency_staff", "agency_approver", "tec_monitor", "admin"] },
  { href: "/admin/periods", label: "Periods", roles: ["tec_monitor"] },
  { href: "/admin/indicators", label: "Indicators", roles: ["tec_monitor"] },
];

/** Who is signed in, their staff pages and sign out; a sign-in link for everyone else. */
/** The sign-out server actions, handed down from the root layout. */
export type SignOutActions = { signOut: () => Promise<void>; signOutEverywhere: () => Promise<void> };

export async function UserBar({ signOutActions }: { signOutActions: SignOutActions }) {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/login" className={link}>
        Staff sign in
      </Link>
    );
  }
  return (
    <div lang="en-NZ" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span>
        Signed in as <strong>{user.name}</strong>
        {user.agency && <> ({user.agency.acronym})</>}
      </span>
      <nav aria-label="Staff pages">
        <ul className="flex flex-wrap gap-x-4">
          {STAFF_LINKS.filter((l) => l.roles.includes(user.role)).map((l) => (
            <li key={l.href}>
              <Link href={l.href} className={link}>
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action={signOutActions.signOut}>
        <button type="submit" className="min-h-11 py-2.5 text-white underline">
          Sign out
        </button>
      </form>
      <form action={signOutActions.signOutEverywhere}>
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
