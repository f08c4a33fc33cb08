import type { ReactNode } from "react";
import { AccountIsland } from "@/components/layout/account-island";
import { PageMain } from "@/components/layout/page-main";
import { SiteHeader } from "@/components/layout/site-header";
import { ClientMessages } from "@/i18n/client-messages";
import { signOutAction, signOutEverywhereAction } from "../(session)/login/actions";

/**
 * Public pages: the same HTML for every reader, so they read no cookie, header or session and are
 * cached whole. Who is signed in is asked for by the browser (AccountIsland).
 */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader
        account={
          <ClientMessages paths={["staff.userBar"]}>
            <AccountIsland signOutActions={{ signOut: signOutAction, signOutEverywhere: signOutEverywhereAction }} />
          </ClientMessages>
        }
      />
      <PageMain>{children}</PageMain>
    </>
  );
}
