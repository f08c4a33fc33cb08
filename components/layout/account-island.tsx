"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { AccountSummary, SignOutActions } from "./staff-links";
import { UserBarView } from "./user-bar-view";

/**
 * The user bar on public pages. Those pages are cached whole and shared by every reader, so they
 * never read the session: the page shows the sign-in link, and this asks `/api/account` (private,
 * never cached) who is signed in, again after each navigation.
 */
export function AccountIsland({ signOutActions }: { signOutActions: SignOutActions }) {
  const pathname = usePathname();
  const [user, setUser] = useState<AccountSummary | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/account", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ user: AccountSummary | null }>) : null))
      .then((body) => setUser(body?.user ?? null))
      .catch(() => undefined);
    return () => controller.abort();
  }, [pathname]);
  return <UserBarView user={user} signOutActions={signOutActions} onSignOut={() => setUser(null)} />;
}
