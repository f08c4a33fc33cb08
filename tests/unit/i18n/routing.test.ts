import { describe, expect, it } from "vitest";
import { isSitePath, languageOfPath, localizedHref, unlocalizedPath } from "@/i18n/routing";

describe("addresses in each language", () => {
  it("leaves English addresses as they are", () => {
    expect(localizedHref("/actions/1.4", "en")).toBe("/actions/1.4");
    expect(localizedHref("/", "en")).toBe("/");
  });

  it("puts te reo Māori pages under /mi, keeping the query and fragment", () => {
    expect(localizedHref("/", "mi")).toBe("/mi");
    expect(localizedHref("/actions", "mi")).toBe("/mi/actions");
    expect(localizedHref("/actions?q=careers#list", "mi")).toBe("/mi/actions?q=careers#list");
    expect(localizedHref("/?x=1", "mi")).toBe("/mi?x=1");
    expect(localizedHref("/mi/actions", "mi")).toBe("/mi/actions");
  });

  it("never prefixes files, feeds, the API, other sites or fragments", () => {
    for (const href of ["/api/v1/plan", "/feed.xml", "/og/site", "/_next/static/x.js", "/icon.svg", "#main"]) {
      expect(localizedHref(href, "mi")).toBe(href);
    }
    expect(localizedHref("https://example.org/", "mi")).toBe("https://example.org/");
    expect(localizedHref("//example.org/", "mi")).toBe("//example.org/");
    expect(isSitePath("/language")).toBe(false);
    expect(isSitePath("/mi/timeline")).toBe(true);
  });

  it("reads the language from the address: te reo Māori under /mi only", () => {
    for (const href of ["/mi", "/mi/actions/1.4", "/mi?x=1", "/mi#main"]) expect(languageOfPath(href), href).toBe("mi");
    for (const href of ["/", "/actions", "/minutes", "/mix/1", "/en/mi", "/api/v1/plan"]) {
      expect(languageOfPath(href), href).toBe("en");
    }
  });

  it("gives the English address of a page in either language", () => {
    expect(unlocalizedPath("/mi")).toBe("/");
    expect(unlocalizedPath("/mi/actions/1.4")).toBe("/actions/1.4");
    expect(unlocalizedPath("/en/actions")).toBe("/actions");
    expect(unlocalizedPath("/minutes")).toBe("/minutes");
    expect(unlocalizedPath("/actions")).toBe("/actions");
  });
});
