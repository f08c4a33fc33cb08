import type { Provenance } from "@/lib/status/vocabulary";
import { uiText } from "@/components/plan/ui-text";

function sourceName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** Where an item comes from: confirmed with its public source, or illustrative demo content. */
export async function ProvenanceNote({ provenance, sourceUrl }: { provenance: Provenance; sourceUrl: string | null }) {
  const { L } = await uiText("plan.provenance");
  if (provenance === "confirmed") {
    return (
      <p className="mt-2">
        <span className="font-semibold">{L("confirmed")}</span>
        {sourceUrl && (
          <>
            {" "}
            {L("source")}{" "}
            <a href={sourceUrl} className="break-words">
              {sourceName(sourceUrl)}
            </a>
          </>
        )}
      </p>
    );
  }
  return (
    <p className="mt-2">
      <span className="mr-1 inline-block rounded border border-slate-500 px-1.5 py-0.5 text-sm font-medium">
        {L("illustrative")}
      </span>{" "}
      {L("illustrativeHint")}
    </p>
  );
}
