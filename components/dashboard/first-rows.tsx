import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { dashboardHref } from "@/lib/dashboard/filters";
import type { DashboardList } from "@/lib/dashboard/lists";

/**
 * Under a widget's first rows, when there are more: how many it shows of how many, and a link to
 * the full list (a page at a time, with the same filters). Nothing when every row is shown.
 */
export async function FirstRows({
  list,
  scope,
  shown,
  total,
}: {
  list: DashboardList;
  scope: DashboardScope;
  shown: number;
  total: number;
}) {
  if (total <= shown) return null;
  const { t, L } = await uiText("dashboard");
  return (
    <p className="mt-2">
      {L("firstRows", { shown, total, order: t(`lists.order.${list}`) })}{" "}
      <Link href={dashboardHref(`/dashboard/lists/${list}`, scope.filters)} className="inline-block min-h-6">
        {L(`lists.fullList.${list}`, { total })}
      </Link>
    </p>
  );
}
