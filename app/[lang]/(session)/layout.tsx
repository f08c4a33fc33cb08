import type { ReactNode } from "react";
import { PageMain } from "@/components/layout/page-main";
import { SiteHeader } from "@/components/layout/site-header";
import { UserBar } from "@/components/layout/user-bar";
import { signOutAction, signOutEverywhereAction } from "./login/actions";

/** Rendered for each request, never cached: these pages differ by who is signed in. */
export const dynamic = "force-dynamic";

/** Staff pages, sign-in and reports: they read the session, so the user bar is rendered with them. */
export default function SessionLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader
        account={<UserBar signOutActions={{ signOut: signOutAction, signOutEverywhere: signOutEverywhereAction }} />}
      />
      <PageMain>{children}</PageMain>
    </>
  );
}
