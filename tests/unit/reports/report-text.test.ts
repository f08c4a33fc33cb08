import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/reports.json";
import mi from "@/messages/mi/reports.json";
import { cssPageNumbers, cssString, DEMO_REPORT_NOTICE, PAGE_MARKS } from "@/lib/reports/report-notice";

const t = createTranslator({ locale: "en", messages: { reports: en }, namespace: "reports" });

describe("the quarterly report's words from the message catalogue", () => {
  it("print the footer as a CSS string: the report and when it was as at", () => {
    expect(cssString(t("printFooter", { period: "2026 Q3", asAt: "14 October 2026 at 4:00 pm NZDT" }))).toBe(
      '"Mahere · Quarterly report 2026 Q3 · as at 14 October 2026 at 4:00 pm NZDT"',
    );
  });

  it("print the page numbers with CSS page counters where the message has its placeholders", () => {
    expect(cssPageNumbers(t("printPages", PAGE_MARKS))).toBe('"Page " counter(page) " of " counter(pages)');
    // A translation may put the counters anywhere, or first.
    expect(cssPageNumbers(`${PAGE_MARKS.page}/${PAGE_MARKS.pages}`)).toBe('counter(page) "/" counter(pages)');
    expect(cssPageNumbers(`Page "${PAGE_MARKS.page}"`)).toBe('"Page \\"" counter(page) "\\""');
  });

  it("show on the page the same demonstration notice the downloads carry", () => {
    expect(t("demoNotice")).toBe(DEMO_REPORT_NOTICE);
  });

  it("count milestones and actions in the singular and the plural", () => {
    expect(t("workstreams.progress", { percent: 50, done: 1, total: 2 })).toBe("50 % (1 of 2 milestones)");
    expect(t("workstreams.progress", { percent: 100, done: 1, total: 1 })).toBe("100 % (1 of 1 milestone)");
    const intro = (count: number) => t.rich("overview.intro", { count, b: (chunks) => `[${chunks}]` });
    expect(intro(1)).toMatch(/^\[1\] action in the plan/);
    expect(intro(36)).toMatch(/^\[36\] actions in the plan/);
  });

  it("give the section headings the te reo Māori names the public site already uses", () => {
    expect(mi.sections).toMatchObject({
      overview: "Tirohanga whānui",
      workstreams: "Ngā kaupapa mahi",
      indicators: "Ngā tūtohu",
    });
    expect(en.sections.overview).toBe("Overview");
  });
});
