import { uiText } from "@/components/plan/ui-text";
import { formatDateTime } from "@/lib/format/dates";

/**
 * The response's private link, on every step: how to come back on any device. Just after the
 * start it says so prominently, and whether the link was also mailed.
 */
export async function ResumeLinkBox({ link, started, closesAt }: { link: string; started?: string; closesAt: Date }) {
  const { L } = await uiText("survey.link");
  const fresh = started === "mailed" || started === "shown";
  return (
    <section
      aria-labelledby="resume-link-heading"
      className={`mt-10 max-w-3xl px-4 py-3 ${fresh ? "border-4 border-[var(--color-brand)]" : "border-l-4 border-slate-500"} bg-white`}
    >
      <h2 id="resume-link-heading" className="text-xl font-bold">
        {L(fresh ? "newHeading" : "heading")}
      </h2>
      {fresh && (
        <p className="mt-2" role="status">
          {L(started === "mailed" ? "mailed" : "shown")}
        </p>
      )}
      <p className="mt-2">{L("intro", { closes: formatDateTime(closesAt.toISOString()) })}</p>
      <p className="mt-2 font-mono text-sm break-all" data-testid="resume-link">
        {link}
      </p>
    </section>
  );
}
