import type { Metadata } from "next";
import { AdminPageHead } from "@/components/admin/admin-page-head";
import { getTranslations } from "next-intl/server";
import { PRIMARY_LINK, SECONDARY_BUTTON } from "@/components/admin/buttons";
import { UserStatus } from "@/components/admin/user-status";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { INPUT_CLASS } from "@/components/staff/form-fields";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { listUsersForManagement } from "@/lib/dal/users-admin";
import { parseUserFilters } from "@/lib/people/user-input";
import { ROLES } from "@/lib/status/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ManageUsersPage({ searchParams }: Props) {
  const filters = parseUserFilters(await searchParams);
  const { users, agencies } = await orRefuse(listUsersForManagement(await getActor(), filters));
  const { t, lang, L } = await uiText("admin.users");
  return (
    <>
      <AdminPageHead namespace="admin.users" />
      <p className="mt-4">
        <Link href="/admin/users/new" className={PRIMARY_LINK}>
          {L("invite.title")}
        </Link>
      </p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4" aria-labelledby="filter-heading">
        <h2 id="filter-heading" lang={lang("filter.heading")} className="sr-only">
          {t("filter.heading")}
        </h2>
        <div>
          <label htmlFor="filter-role" className="block font-semibold">
            {L("fields.role")}
          </label>
          <select id="filter-role" name="role" defaultValue={filters.role ?? ""} className={`${INPUT_CLASS} sm:w-60`}>
            <option value="">{t("filter.anyRole")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-agency" className="block font-semibold">
            {L("fields.agencyId")}
          </label>
          <select
            id="filter-agency"
            name="agency"
            defaultValue={filters.agency ?? ""}
            className={`${INPUT_CLASS} sm:w-auto`}
          >
            <option value="">{t("filter.anyAgency")}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.slug}>
                {a.name} ({a.acronym})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={SECONDARY_BUTTON}>
          {t("filter.button")}
        </button>
      </form>
      {users.length === 0 ? (
        <p className="mt-6 font-semibold">{L("none")}</p>
      ) : (
        <ScrollRegion labelledBy="users-caption" className="mt-6">
          <table className="w-full border-collapse text-left">
            <caption id="users-caption" className="mb-2 text-left text-xl font-bold">
              {L("caption", { count: users.length })}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-4">
                  {L("table.name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("fields.role")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("table.agency")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("table.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={`/admin/users/${u.id}`} className="inline-block min-h-6 font-semibold">
                      {u.name}
                    </Link>
                    <span className="block text-sm break-all">{u.email}</span>
                  </th>
                  <td className="py-2 pr-4">{L(`roles.${u.role}`)}</td>
                  <td className="py-2 pr-4">{u.agency?.acronym ?? "—"}</td>
                  <td className="py-2 pr-4">
                    <UserStatus user={u} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
