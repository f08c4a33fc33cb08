import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";

/**
 * The top of an administration area's page: the way back to /admin, the page's title and what it
 * is for, from the `back`, `title` and `intro` messages of its namespace.
 */
export async function AdminPageHead({ namespace }: { namespace: `admin.${string}` }) {
  const { t, lang, L } = await uiText(namespace);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin" className="inline-block min-h-6">
          {L("back")}
        </Link>
      </p>
      <h1 lang={lang("title")} className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-4 max-w-3xl">{L("intro")}</p>
    </>
  );
}
