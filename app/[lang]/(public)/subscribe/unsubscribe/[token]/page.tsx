import type { Metadata } from "next";
import { PageIntro } from "@/components/plan/page-intro";
import { uiText } from "@/components/plan/ui-text";
import { BUTTON_CLASS, linkPageMetadata, pageLocale, TokenForm } from "@/components/subscriptions/link-page";
import { unsubscribeLink } from "@/lib/dal/subscriptions";
import { unsubscribeAction } from "../../token-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export function generateMetadata(): Promise<Metadata> {
  return linkPageMetadata("subscriptions.unsubscribe");
}

/**
 * A message's unsubscribe link. Opening it only asks (mail scanners open links); the button, or a
 * mail program's one-click POST to /api/subscriptions/unsubscribe/…, stops the e-mail at once.
 */
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const [{ L }, locale] = await Promise.all([uiText("subscriptions.unsubscribe"), pageLocale()]);
  const link = await unsubscribeLink(token, locale);
  if (link.state === "unknown") {
    return (
      <PageIntro title={L("unknownTitle")}>
        <p>{L("unknown")}</p>
      </PageIntro>
    );
  }
  if (link.stopped) {
    return (
      <PageIntro title={L("doneTitle")}>
        <p role="status">{L("done", { what: link.what })}</p>
      </PageIntro>
    );
  }
  return (
    <>
      <PageIntro title={L("title")}>
        <p>{L("ready", { what: link.what })}</p>
      </PageIntro>
      <TokenForm action={unsubscribeAction} token={token}>
        <button type="submit" className={BUTTON_CLASS}>
          {L("button")}
        </button>
      </TokenForm>
    </>
  );
}
