import { Forbidden } from "@/components/forbidden";
import { uiText } from "@/i18n/ui-text";

/** Rendered with HTTP 403 whenever a page calls `forbidden()` (the data access layer refused). */
export default async function ForbiddenPage() {
  const { L } = await uiText("staff.forbidden");
  return <Forbidden message={L("notAllowed")} />;
}
