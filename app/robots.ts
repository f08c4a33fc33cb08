import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The public site is for everyone to find; staff pages, sign-in and API internals are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      { userAgent: "*", allow: "/", disallow: ["/my", "/review", "/dashboard", "/admin", "/login", "/api/auth"] },
    ],
    sitemap: `${env().publicUrl}/sitemap.xml`,
  };
}
