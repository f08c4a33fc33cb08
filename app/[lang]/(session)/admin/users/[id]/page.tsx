import type { Metadata } from "next";
import { changeAccessAction, disableUserAction, endSessionsAction, newLinkAction } from "../actions";
import { AccessForm } from "@/components/admin/access-form";
import { ButtonForm } from "@/components/admin/button-form";
import { DoneBanner } from "@/components/admin/done-banner";
import { NewLinkForm } from "@/components/admin/new-link-form";
import { UserStatus } from "@/components/admin/user-status";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { getUserForEdit } from "@/lib/dal/users-admin";
import { formatDateTime } from "@/lib/format/dates";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const idOf = (raw: string) => (/^\d{1,10}$/.test(raw) ? Number(raw) : 0);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { user } = await orRefuse(getUserForEdit(await getActor(), idOf((await params).id)));
  return { title: user.name };
}

const DONE = ["access", "unchanged", "disabled", "enabled", "signed-out"] as const;

export default async function ManageUserPage({ params, searchParams }: Props) {
  const { user, agencies, isSelf } = await orRefuse(getUserForEdit(await getActor(), idOf((await params).id)));
  const { done } = await searchParams;
  const { t, lang, L } = await uiText("admin.users");
  const disabled = user.status === "disabled";
  const heading = (key: string, extra = "mt-10") => (
    <h2 lang={lang(key)} className={`${extra} text-2xl font-bold`}>
      {t(key)}
    </h2>
  );
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/users" className="inline-block min-h-6">
          {L("title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{user.name}</h1>
      <DoneBanner namespace="admin.users.done" keys={DONE} done={done} />
      <dl className="mt-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{L("fields.email")}</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">{L("fields.role")}</dt>
        <dd>{L(`roles.${user.role}`)}</dd>
        <dt className="font-semibold">{L("fields.agencyId")}</dt>
        <dd>{user.agency ? `${user.agency.name} (${user.agency.acronym})` : L("noAgency")}</dd>
        <dt className="font-semibold">{L("table.status")}</dt>
        <dd>
          <UserStatus user={user} />
        </dd>
        <dt className="font-semibold">{L("lastSignIn")}</dt>
        <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : L("never")}</dd>
      </dl>
      {isSelf && <p className="mt-4 max-w-2xl font-semibold">{L("selfNote")}</p>}

      {heading("access.heading")}
      <ClientMessages paths={["staff.errorSummary", "admin.users"]}>
        <AccessForm
          key={user.updatedAt}
          saveAction={changeAccessAction}
          user={{
            id: user.id,
            updatedAt: user.updatedAt,
            role: user.role,
            agencyId: user.agency ? String(user.agency.id) : "",
          }}
          agencies={agencies}
        />
        {!isSelf && !disabled && (
          <>
            {heading(user.status === "invited" ? "newLink.headingInvite" : "newLink.headingReset")}
            <NewLinkForm
              linkAction={newLinkAction}
              userId={user.id}
              hint={t(user.status === "invited" ? "newLink.hintInvite" : "newLink.hintReset")}
            />
          </>
        )}
      </ClientMessages>

      {!disabled && (
        <>
          {heading("signOut.heading")}
          <ButtonForm
            action={endSessionsAction}
            hidden={{ userId: String(user.id) }}
            label={t("signOut.button")}
            hint={t("signOut.hint")}
            hintId="sign-out-hint"
          />
        </>
      )}
      {!isSelf && (
        <>
          {heading(disabled ? "enable.heading" : "disable.heading")}
          <ButtonForm
            action={disableUserAction}
            hidden={{ userId: String(user.id), disable: disabled ? "no" : "yes" }}
            label={t(disabled ? "enable.button" : "disable.button")}
            hint={t(disabled ? "enable.hint" : "disable.hint")}
            hintId="disable-hint"
            danger={!disabled}
          />
        </>
      )}
    </>
  );
}
