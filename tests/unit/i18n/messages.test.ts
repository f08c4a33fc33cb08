import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type MessageTree, pickMessages, translatedPaths, withOverrides } from "@/i18n/message-paths";
import { NAMESPACES } from "@/i18n/messages";

const read = (lang: string, ns: string) =>
  JSON.parse(readFileSync(new URL(`../../../messages/${lang}/${ns}.json`, import.meta.url), "utf8")) as MessageTree;

function leafPaths(tree: MessageTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [prefix + k] : leafPaths(v, `${prefix}${k}.`),
  );
}

describe("the message catalogue", () => {
  it("loads every namespace that has a file, and no other", () => {
    const files = readdirSync(new URL("../../../messages/en", import.meta.url)).map((f) => f.replace(/\.json$/, ""));
    expect([...NAMESPACES].sort()).toEqual(files.sort());
  });

  it.each(NAMESPACES)("has the same keys in te reo Māori as in English: %s", (ns) => {
    expect(leafPaths(read("mi", ns)).sort()).toEqual(leafPaths(read("en", ns)).sort());
  });
});

describe("messages handed to client components", () => {
  const messages: MessageTree = {
    staff: { errorSummary: { title: "He raru" }, doneBanner: { saved: "Saved" } },
    review: { controls: { approve: "Approve" }, title: "Review queue" },
  };
  const english = {
    staff: { errorSummary: { title: "There is a problem" }, doneBanner: { saved: "Saved" } },
    review: { controls: { approve: "Approve" }, title: "Review queue" },
  };

  it("are only the subtrees asked for, nested as in the catalogue", () => {
    expect(pickMessages(messages, ["staff.errorSummary", "review.controls", "review.missing"])).toEqual({
      staff: { errorSummary: { title: "He raru" } },
      review: { controls: { approve: "Approve" } },
    });
  });

  it("mark as translated only the keys whose text differs from the English", () => {
    expect(translatedPaths(messages, english)).toEqual(["staff.errorSummary.title"]);
  });
});

describe("imported text laid over the message files", () => {
  const files: MessageTree = { admin: { home: { title: "Administration", intro: "Intro" } } };

  it("replaces only text leaves that exist, leaving the files' tree untouched", () => {
    const merged = withOverrides(
      files,
      new Map([
        ["admin.home.title", "Whakahaere"],
        ["admin.home", "not a leaf"],
        ["admin.gone.key", "removed key"],
        ["admin", "top"],
      ]),
    );
    expect(merged).toEqual({ admin: { home: { title: "Whakahaere", intro: "Intro" } } });
    expect(files).toEqual({ admin: { home: { title: "Administration", intro: "Intro" } } });
  });
});
