import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Every internal link of the app. It loads its page when followed, not when it scrolls into view:
 * Next.js would otherwise fetch every linked page in view in the background (30 or more on a plan
 * page), multiplying the server's work per visit tenfold on the days most people read the plan.
 * A link that is worth fetching ahead may still pass `prefetch`.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
