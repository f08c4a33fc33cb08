import NextLink from "@/components/link";
import type { ComponentProps } from "react";
import { redirect as nextRedirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { localizedHref } from "./routing";

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: string };

/**
 * The app's link (components/link.tsx) that keeps a reader in their language: on a te reo Māori page `/actions` becomes
 * `/mi/actions`. Use it for every link to a Mahere page from a server component (files, feeds and
 * the API keep plain `<a>`; client components use `localizedHref` with `useLocale`).
 */
export async function Link({ href, ...props }: LinkProps) {
  return <LocaleLink locale={await getLocale()} href={href} {...props} />;
}

/**
 * The same link for a locale already read: a list of many rows reads it once and renders its links
 * synchronously, rather than each link waiting on its own lookup (a separate chunk of the page each).
 */
export function LocaleLink({ locale, href, ...props }: LinkProps & { locale: string }) {
  return <NextLink href={localizedHref(href, locale)} {...props} />;
}

/**
 * `redirect` that keeps the reader in their language: from a te reo Māori page (or a server action
 * posted from one) `/my` becomes `/mi/my`. Use it for every redirect to a Mahere page.
 */
export async function redirect(href: string): Promise<never> {
  nextRedirect(localizedHref(href, await getLocale()));
}
