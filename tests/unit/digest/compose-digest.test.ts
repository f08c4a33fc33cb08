import { describe, expect, it } from "vitest";
import { composeDigest, type DigestEntry } from "@/lib/digest/compose-digest";

const entry = (fields: Partial<DigestEntry>): DigestEntry => ({
  actionCode: "1.2",
  actionTitle: "Stand up the monitoring framework",
  publishedAt: new Date("2026-12-06T20:00:00Z"),
  stage: "underway",
  confidence: "on_track",
  narrative: "",
  ...fields,
});

const digest = (entries: DigestEntry[]) =>
  composeDigest({
    day: "2026-12-07",
    entries,
    following: ["the whole Action Plan"],
    publicUrl: "https://mahere.example.org",
    links: {
      unsubscribePage: "https://mahere.example.org/subscribe/unsubscribe/abc",
      unsubscribePost: "https://mahere.example.org/api/subscriptions/unsubscribe/abc",
      manage: "https://mahere.example.org/subscribe/manage/def",
    },
  });

describe("a digest", () => {
  it("escapes what authors wrote in the HTML and keeps it as written in the text", () => {
    const mail = digest([entry({ narrative: 'Te <b>mahi</b> & "ngā" hua' })]);
    expect(mail.html).toContain("Te &lt;b&gt;mahi&lt;/b&gt; &amp; &quot;ngā&quot; hua");
    expect(mail.html).not.toContain("<b>mahi</b>");
    expect(mail.text).toContain('Te <b>mahi</b> & "ngā" hua');
  });

  it("lists updates by action code (1.2 before 1.10), oldest first within an action", () => {
    const mail = digest([
      entry({ actionCode: "1.10", actionTitle: "Tenth", narrative: "TENTH-ACTION" }),
      entry({ narrative: "SECOND-ON-1.2", publishedAt: new Date("2026-12-06T21:00:00Z") }),
      entry({ narrative: "FIRST-ON-1.2" }),
    ]);
    const text = mail.text;
    expect(text.indexOf("FIRST-ON-1.2")).toBeLessThan(text.indexOf("SECOND-ON-1.2"));
    expect(text.indexOf("SECOND-ON-1.2")).toBeLessThan(text.indexOf("TENTH-ACTION"));
  });

  it("names the New Zealand day in its subject, with the heading in te reo Māori first", () => {
    const mail = digest([entry({ confidence: null })]);
    expect(mail.subject).toBe("Ngā kōrero hou · Action Plan news, 7 December 2026");
    expect(mail.text).toContain("Published 7 December 2026 · Stage: Underway");
    expect(mail.text).not.toContain("Delivery confidence");
    expect(mail.headers).toEqual({
      "List-Unsubscribe": "<https://mahere.example.org/api/subscriptions/unsubscribe/abc>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});
