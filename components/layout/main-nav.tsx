"use client";

import Link from "@/components/link";
import { usePathname } from "next/navigation";
import { unlocalizedPath } from "@/i18n/routing";

export type NavItem = { href: string; englishHref: string; label: string };

function isCurrent(path: string, href: string): boolean {
  return href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
}

/** The site's navigation; the current page comes from the address, so the page itself stays cacheable. */
export function MainNav({ label, items }: { label: string; items: NavItem[] }) {
  const path = unlocalizedPath(usePathname() ?? "");
  return (
    <nav aria-label={label} className="mx-auto max-w-6xl px-2 sm:px-4">
      <ul className="flex flex-wrap gap-x-1 py-2">
        {items.map((item) => {
          const current = isCurrent(path, item.englishHref);
          return (
            <li key={item.englishHref}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block min-h-11 px-2 py-2.5 text-white underline-offset-4 hover:text-white ${
                  current ? "font-bold underline decoration-4" : "no-underline hover:underline"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
