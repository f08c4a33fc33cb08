import type { Metadata } from "next";
import { inviteUserAction } from "../actions";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/admin/invite-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { getInviteOptions } from "@/lib/dal/users-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users.invite");
  return { title: t("title") };
}

export default async function InviteUserPage() {
  const agencies = await orRefuse(getInviteOptions(await getActor()));
  const { t, lang, L } = await uiText("admin.users");
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/users" className="inline-block min-h-6">
          {L("title")}
        </Link>
      </p>
      <h1 lang={lang("invite.title")} className="text-3xl font-bold">
        {t("invite.title")}
      </h1>
      <p className="mt-4 max-w-3xl">{L("invite.intro")}</p>
      <ClientMessages paths={["staff.errorSummary", "admin.users"]}>
        <InviteForm inviteAction={inviteUserAction} agencies={agencies} />
      </ClientMessages>
    </>
  );
}
