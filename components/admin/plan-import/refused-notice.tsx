import { uiText } from "@/i18n/ui-text";
import { MAX_ROWS, MAX_UPLOAD_BYTES } from "@/lib/plan-spreadsheet/layout";
import { isImportRefusal } from "@/lib/plan-spreadsheet/progress-events";

/** Why the last upload or confirmation was refused, when the page was reached without JavaScript. */
export async function ImportRefusedNotice({ code }: { code: string | string[] | undefined }) {
  if (!isImportRefusal(code)) return null;
  const { t, lang } = await uiText("admin.planImport");
  return (
    <div role="alert" className="mt-6 border-4 border-red-700 px-4 py-3 font-semibold" lang={lang(`refused.${code}`)}>
      {t(`refused.${code}`, { limit: MAX_UPLOAD_BYTES / 1048576, rows: MAX_ROWS })}
    </div>
  );
}
