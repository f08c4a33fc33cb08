import type { Metadata } from "next";
import { PageIntro } from "@/components/plan/page-intro";
import { uiText } from "@/components/plan/ui-text";
import { BUTTON_CLASS, linkPageMetadata, pageLocale, TokenForm } from "@/components/subscriptions/link-page";
import { Link } from "@/i18n/navigation";
import { confirmationLink } from "@/lib/dal/subscriptions";
import { confirmAction } from "../../token-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export function generateMetadata(): Promise<Metadata> {
  return linkPageMetadata("subscriptions.confirm");
}

/**
 * A confirmation link's page. Opening it changes nothing (mail scanners open links); the button
 * confirms. An expired, used or unknown link says so and offers to sign up again.
 */
export default async function ConfirmPage({ params }: Props) {
  const { token } = await params;
  const [{ L }, locale] = await Promise.all([uiText("subscriptions.confirm"), pageLocale()]);
  const link = await confirmationLink(token, locale);
  const again = (
    <p className="mt-6">
      <Link href="/subscribe" className="inline-block min-h-6 font-semibold">
        {L("again")}
      </Link>
    </p>
  );
  if (link.state === "ok") {
    return (
      <>
        <PageIntro title={L("title")}>
          <p>{L("ready", { what: link.summary.what })}</p>
        </PageIntro>
        <TokenForm action={confirmAction} token={token}>
          <button type="submit" className={BUTTON_CLASS}>
            {L("button")}
          </button>
        </TokenForm>
      </>
    );
  }
  if (link.state === "used" && link.confirmed) {
    return (
      <PageIntro title={L("doneTitle")}>
        <p role="status">{L("done", { what: link.summary.what })}</p>
      </PageIntro>
    );
  }
  const which = link.state === "used" ? "used" : link.state;
  return (
    <>
      <PageIntro title={L(`${which}Title`)}>
        <p>{L(which)}</p>
      </PageIntro>
      {again}
    </>
  );
}
