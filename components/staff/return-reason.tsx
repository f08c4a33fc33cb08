import { uiText } from "@/i18n/ui-text";

/** What the reviewer asked for when they returned an update, as they wrote it. */
export async function ReturnReason({ reason }: { reason: string | null }) {
  const { L } = await uiText("staff.returned");
  return (
    <div className="mt-2 border-l-4 border-[var(--color-notice-border)] bg-[var(--color-notice)] px-3 py-2">
      <p className="font-semibold">{L("heading")}</p>
      <p className="whitespace-pre-line">{reason ?? L("noReason")}</p>
    </div>
  );
}
