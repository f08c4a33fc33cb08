import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/components/plan/page-intro";
import { uiText } from "@/components/plan/ui-text";
import { FollowSection } from "@/components/subscriptions/follow-section";
import { followAction } from "./actions";
import { Link } from "@/i18n/navigation";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("subscriptions.page");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/subscribe" });
}

/** Follow the whole plan by e-mail. The same for every reader: cached whole like every public page. */
export default async function SubscribePage() {
  const { L } = await uiText("subscriptions.page");
  return (
    <>
      <PageIntro title={L("title")}>
        <p>{L("intro")}</p>
      </PageIntro>
      <FollowSection action={followAction} followed={{ scope: "all" }} title="" />
      <section aria-labelledby="other-heading" className="mt-10 max-w-3xl">
        <h2 id="other-heading" className="text-2xl font-bold">
          {L("otherHeading")}
        </h2>
        <p className="mt-2">{L("other")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <Link href="/workstreams" className="inline-block min-h-6">
              {L("workstreamsLink")}
            </Link>
          </li>
          <li>
            <Link href="/actions" className="inline-block min-h-6">
              {L("actionsLink")}
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="privacy-heading" className="mt-10 max-w-3xl">
        <h2 id="privacy-heading" className="text-2xl font-bold">
          {L("privacyHeading")}
        </h2>
        <p className="mt-2">{L("privacy")}</p>
      </section>
    </>
  );
}
