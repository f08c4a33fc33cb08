import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import staff from "@/messages/en/staff.json";
import { periodTaskLink, type PeriodTask, type PeriodTaskLink } from "@/lib/workflow/period-task";

const t = createTranslator({ locale: "en", messages: { staff }, namespace: "staff.taskLink" });

/** The link as the page shows it: its words from the English catalogue. */
function shown(link: PeriodTaskLink | null) {
  return link && { label: t(link.key, { agency: link.agency ?? "" }), href: link.href };
}

const open = (mine: boolean): PeriodTask["open"] => ({
  id: 42,
  mine,
  agencyName: "Ministry of Education",
  returnReason: null,
});

describe("the one link an action offers for the period", () => {
  it("continues the writer's own open update instead of starting another", () => {
    expect(shown(periodTaskLink("1.5", { state: "draft", open: open(true) }))).toEqual({
      label: "Continue draft",
      href: "/actions/1.5/update?update=42",
    });
    expect(shown(periodTaskLink("1.5", { state: "changes_requested", open: open(true) }))).toEqual({
      label: "Returned: fix and resubmit",
      href: "/actions/1.5/update?update=42",
    });
    expect(shown(periodTaskLink("1.5", { state: "submitted", open: open(true) }))?.label).toBe("View submitted");
    expect(shown(periodTaskLink("1.5", { state: "agency_approved", open: open(true) }))?.label).toBe("View submitted");
  });

  it("names who has someone else's open update, and never links into it", () => {
    const link = shown(periodTaskLink("3.3", { state: "draft", open: open(false) }));
    expect(link).toEqual({ label: "See who is writing it (Ministry of Education)", href: "/actions/3.3/update" });
  });

  it("offers a new update when none is open, a further one once published, none while one is scheduled", () => {
    expect(shown(periodTaskLink("5.4", { state: "to_write", open: null }))?.label).toBe("Write an update");
    expect(shown(periodTaskLink("5.4", { state: "published", open: null }))?.label).toBe("Write a further update");
    expect(shown(periodTaskLink("5.4", { state: "scheduled", open: null }))).toBeNull();
  });
});
