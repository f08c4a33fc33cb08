import { ClientMessages } from "@/i18n/client-messages";
import { getCurrentUser } from "@/lib/dal/actor";
import type { SignOutActions } from "./staff-links";
import { UserBarView } from "./user-bar-view";

/** The user bar rendered on the server, for pages that read the session anyway (staff pages). */
export async function UserBar({ signOutActions }: { signOutActions: SignOutActions }) {
  const user = await getCurrentUser();
  return (
    <ClientMessages paths={["staff.userBar"]}>
      <UserBarView
        user={user && { name: user.name, agency: user.agency?.acronym ?? null, role: user.role }}
        signOutActions={signOutActions}
      />
    </ClientMessages>
  );
}
