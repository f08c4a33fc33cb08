import { describe, expect, it, vi } from "vitest";

let locale = "en";
vi.mock("next-intl/server", () => ({ getLocale: async () => locale }));
vi.mock("next/navigation", () => ({
  redirect: (href: string) => {
    throw new Error(`redirect to ${href}`);
  },
}));
vi.mock("@/components/link", () => ({ default: () => null }));

const { redirect } = await import("@/i18n/navigation");

describe("redirects after a form is sent", () => {
  it("keep the reader in the language of the page they sent it from", async () => {
    locale = "mi";
    await expect(redirect("/my?done=saved&action=1.4")).rejects.toThrow("redirect to /mi/my?done=saved&action=1.4");
    await expect(redirect("/review?done=published")).rejects.toThrow("redirect to /mi/review?done=published");
    locale = "en";
    await expect(redirect("/my?done=saved")).rejects.toThrow("redirect to /my?done=saved");
  });
});
