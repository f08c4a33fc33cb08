import { notFound } from "next/navigation";

/** Any other address: the site's "page not found", inside its layout. */

/** None at build time (there is no database then): each is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

export default function UnknownPage() {
  notFound();
}
