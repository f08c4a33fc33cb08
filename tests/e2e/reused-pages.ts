import { test as base, type Page } from "@playwright/test";
import { signIn, type SignedIn } from "./support";

export type Reader = SignedIn | "anonymous";

/**
 * One browser page per person in each worker, reused from test to test, for specs that only read.
 * A new page starts a new renderer process that compiles the app's scripts again (about 0.4 s of
 * processor time a page here); the same page navigating to the next address keeps both. Each test
 * gets its page back at the default size and media; a failed test restarts the worker, and with it
 * the pages. `page` is the anonymous reader's: a spec that imports this `test` reads as before.
 */
export const test = base.extend<object, { pageAs: (who: Reader) => Promise<Page> }>({
  pageAs: [
    async ({ browser }, provide) => {
      const pages = new Map<Reader, Page>();
      await provide(async (who) => {
        let page = pages.get(who);
        if (!page) {
          page = who === "anonymous" ? await (await browser.newContext()).newPage() : (await signIn(browser, who)).page;
          pages.set(who, page);
        }
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.emulateMedia({ media: null });
        return page;
      });
      for (const page of pages.values()) await page.context().close();
    },
    { scope: "worker" },
  ],
  page: async ({ pageAs }, provide) => provide(await pageAs("anonymous")),
});
