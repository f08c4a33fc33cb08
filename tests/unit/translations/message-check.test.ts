import { describe, expect, it } from "vitest";
import { checkTranslation } from "@/lib/translations/message-check";

describe("a translated message keeps the English's placeholders and markup", () => {
  it("accepts new words around the same placeholders, tags and choices, in any order", () => {
    expect(
      checkTranslation(
        "Signed in as <strong>{name}</strong> ({agency})",
        "({agency}) <strong>{name}</strong> kua takiuru",
      ),
    ).toEqual([]);
    expect(
      checkTranslation(
        "{count, plural, one {# action} other {# actions}} due {date}",
        "{date}: {count, plural, one {# mahi} other {# ngā mahi}}",
      ),
    ).toEqual([]);
    expect(checkTranslation("Mahere", "Mahere")).toEqual([]);
    expect(checkTranslation("It’s “done”", "Kua oti")).toEqual([]);
  });

  it("names a placeholder left out, renamed or added", () => {
    expect(checkTranslation("Hello {name}", "Kia ora")).toEqual([
      "Placeholders missing: {name} (keep them as in the English).",
    ]);
    expect(checkTranslation("Hello {name}", "Kia ora {ingoa}")).toEqual([
      "Placeholders missing: {name} (keep them as in the English).",
      "Placeholders not in the English: {ingoa}.",
    ]);
    expect(checkTranslation("Saved", "Kua tiakina {when}")).toEqual(["Placeholders not in the English: {when}."]);
  });

  it("names a plural or select turned into something else, or a select with other choices", () => {
    expect(checkTranslation("{count, plural, one {# action} other {# actions}}", "{count} mahi")).toEqual([
      "{count} is a plural in the English but a value here.",
    ]);
    expect(
      checkTranslation(
        "{role, select, admin {Administrator} other {Staff}}",
        "{role, select, admin {Kaiwhakahaere} staff {Kaimahi} other {Kaimahi}}",
      ),
    ).toEqual(["{role} is a select (admin, other) in the English but a select (admin, other, staff) here."]);
  });

  it("names markup tags that do not match, by name and count", () => {
    expect(checkTranslation("In the <link>review queue</link>.", "Kei te rārangi arotake.")).toEqual([
      "Markup tags do not match the English: it has <link> ×1, this has <link> ×0.",
    ]);
    expect(checkTranslation("<strong>cannot</strong> be undone", "<b>kāore</b> e taea")).toEqual([
      "Markup tags do not match the English: it has <b> ×0, <strong> ×1, this has <b> ×1, <strong> ×0.",
    ]);
  });

  it("refuses text that is not a message at all", () => {
    expect(checkTranslation("Hello {name}", "Kia ora {name")).toEqual([
      "This is not a valid message (expect argument closing brace): check that every { has its } and every tag is closed.",
    ]);
    expect(checkTranslation("<strong>x</strong>", "<strong>x")[0]).toMatch(/^This is not a valid message/);
  });
});
