import { ClientMessages } from "@/i18n/client-messages";
import { getAccountSummary } from "@/lib/dal/actor";
import type { SignOutActions } from "./staff-links";
import { UserBarView } from "./user-bar-view";

/** The user bar rendered on the server, for pages that read the session anyway (staff pages). */
export async function UserBar({ signOutActions }: { signOutActions: SignOutActions }) {
  return (
    <ClientMessages paths={["staff.userBar"]}>
      <UserBarView user={await getAccountSummary()} signOutActions={signOutActions} />
    </ClientMessages>
  );
}
