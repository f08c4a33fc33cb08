import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { insertResponseByFields, insertRoundWithSections } from "@/db/stocktake-round";
import { setDatabaseHandle } from "@/lib/dal/db";
import { listAcceptedInitiatives, listInitiativeContacts } from "@/lib/dal/stocktake/initiatives";
import { isWorkflowError } from "@/lib/dal/updates";
import { standardQuestionSet } from "@/lib/stocktake/standard-questions";
import { DRIVERS, freshDatabase } from "../../support/databases";

const at = new Date("2026-11-02T00:00:00Z");
const round = {
  slug: "careers-2026",
  title: "Careers initiatives 2026",
  purpose: "Find gaps and overlaps",
  audience: "Providers",
  introduction: "Tell us about your initiatives.",
  opensAt: new Date("2026-11-01T00:00:00Z"),
  closesAt: new Date("2026-12-01T00:00:00Z"),
  state: "published" as const,
};
const answers = {
  organisation: "Te Whare Mahi",
  contact_name: "Aroha Smith",
  contact_email: "aroha@example.org",
  name: "Pathways to work",
  description: "Mentoring into jobs.",
  scale: "regional",
  regions: ["otago", "canterbury", "nowhere"],
  populations: [
    { group: "refugee_background", designed: false },
    { group: "maori", designed: true },
  ],
  supports: ["training", "advice_guidance"],
  plan_links: { recommendations: ["3"], workstreams: ["2"] },
};

describe.each(DRIVERS)("the accepted initiatives of a round on %s", (driver) => {
  let handle: DbHandle;
  let roundId: number;

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    setDatabaseHandle(handle);
    ({ roundId } = await insertRoundWithSections(handle.db, round, standardQuestionSet()));
    const base = { roundId, tokenExpiresAt: new Date("2027-03-01T00:00:00Z"), at };
    await insertResponseByFields(handle.db, { ...base, status: "accepted", answers });
    await insertResponseByFields(handle.db, { ...base, status: "submitted", answers: { ...answers, name: "Not yet" } });
  });
  afterAll(async () => handle?.close());

  it("reads only accepted responses, in the vocabulary's order, without contact details", async () => {
    const list = await listAcceptedInitiatives(roundId);
    expect(list).toHaveLength(1);
    expect(list[0]).toEqual({
      id: expect.any(Number),
      roundId,
      organisation: "Te Whare Mahi",
      name: "Pathways to work",
      description: "Mentoring into jobs.",
      scale: "regional",
      regions: ["canterbury", "otago"],
      populations: [
        { group: "maori", designed: true },
        { group: "refugee_background", designed: false },
      ],
      supports: ["advice_guidance", "training"],
      funding: null,
      startDate: null,
      endDate: null,
      recommendationCodes: ["3"],
      workstreamCodes: ["2"],
    });
    expect(JSON.stringify(list)).not.toContain("aroha");
  });

  it("gives the contact details to TEC monitors only", async () => {
    const monitor = { kind: "user", userId: 1, role: "tec_monitor", agencyId: null } as const;
    expect(await listInitiativeContacts(monitor, roundId)).toEqual([
      { id: expect.any(Number), contactName: "Aroha Smith", contactEmail: "aroha@example.org", contactAddress: null },
    ]);
    const refused = await listInitiativeContacts({ kind: "anonymous" }, roundId).catch((e: unknown) => e);
    expect(isWorkflowError(refused) && refused.code).toBe("forbidden");
  });
});
