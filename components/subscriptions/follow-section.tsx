import { getLocale } from "next-intl/server";
import { uiText } from "@/components/plan/ui-text";
import { isLocale } from "@/i18n/config";
import { ClientMessages } from "@/i18n/client-messages";
import { consentWording, describeFollowed } from "@/lib/subscriptions/compose-mail";
import { followedColumns, type Followed } from "@/lib/subscriptions/scope";
import type { FollowState } from "@/lib/subscriptions/follow-state";
import { FollowForm } from "./follow-form";

/**
 * "Follow by e-mail" on a public page: a heading and the follow form. It reads nothing of the
 * visitor, so the page around it stays cached whole.
 */
export async function FollowSection({
  action,
  followed,
  title,
}: {
  /** The route's server action (app/[lang]/(public)/subscribe/actions.ts). */
  action: (prev: FollowState, formData: FormData) => Promise<FollowState>;
  followed: Followed;
  title: string;
}) {
  const [{ L }, locale] = await Promise.all([uiText("subscriptions.form"), getLocale()]);
  const language = isLocale(locale) ? locale : "en";
  const consent = consentWording(language, describeFollowed(language, followed, title));
  const { scope, target } = followedColumns(followed);
  return (
    <section aria-labelledby="follow-heading" className="mt-10">
      <h2 id="follow-heading" className="text-2xl font-bold">
        {L("heading")}
      </h2>
      <ClientMessages paths={["subscriptions.form", "staff.errorSummary"]}>
        <FollowForm action={action} scope={scope} target={target} consent={consent} />
      </ClientMessages>
    </section>
  );
}
