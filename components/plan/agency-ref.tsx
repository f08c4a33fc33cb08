import { Link } from "@/i18n/navigation";
import type { PublicAgency } from "@/lib/public/types";

/** An agency by acronym, linked to its page, with its English and te reo Māori names beneath. */
export async function AgencyRef({ agency, names = true }: { agency: PublicAgency; names?: boolean }) {
  return (
    <span className="inline-block">
      <Link href={`/agencies/${agency.slug}`} className="inline-block min-h-6 font-semibold">
        <abbr title={agency.name} className="no-underline">
          {agency.acronym}
        </abbr>
      </Link>
      {names && (
        <>
          <span className="block text-sm text-[var(--color-muted)]">{agency.name}</span>
          {agency.nameMi && agency.nameMi !== agency.name && (
            <span lang="mi" className="block text-sm text-[var(--color-muted)]">
              {agency.nameMi}
            </span>
          )}
        </>
      )}
    </span>
  );
}
