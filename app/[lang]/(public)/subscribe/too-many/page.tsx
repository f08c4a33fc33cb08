import type { Metadata } from "next";
import { PageIntro } from "@/components/plan/page-intro";
import { uiText } from "@/components/plan/ui-text";
import { linkPageMetadata } from "@/components/subscriptions/link-page";
import { Link } from "@/i18n/navigation";

export function generateMetadata(): Promise<Metadata> {
  return linkPageMetadata("subscriptions.tooMany");
}

/** Where a subscription button sends a client over the rate limit: nothing was done, and why. */
export default async function TooManyPage() {
  const { L } = await uiText("subscriptions.tooMany");
  return (
    <>
      <PageIntro title={L("title")}>
        <p role="alert">{L("body")}</p>
      </PageIntro>
      <p className="mt-6">
        <Link href="/subscribe" className="inline-block min-h-6 font-semibold">
          {L("back")}
        </Link>
      </p>
    </>
  );
}
