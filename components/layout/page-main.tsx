import type { ReactNode } from "react";
import { ClientMessages } from "@/i18n/client-messages";

/** The page's main landmark, the skip link's target. */
export function PageMain({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
      {/* The error summary every staff form shares; a page whose client components need more wraps them itself. */}
      <ClientMessages paths={["staff.errorSummary"]}>{children}</ClientMessages>
    </main>
  );
}
