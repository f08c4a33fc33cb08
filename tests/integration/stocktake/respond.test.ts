import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { insertRoundWithSections } from "@/db/stocktake-round";
import { setDatabaseHandle } from "@/lib/dal/db";
import { openResponse, saveStep, startResponse } from "@/lib/dal/stocktake/respond";
import { isWorkflowError } from "@/lib/dal/updates";
import { hashLinkToken } from "@/lib/security/link-token";
import { answerName, populationName } from "@/lib/stocktake/answer-input";
import { standardQuestionSet } from "@/lib/stocktake/standard-questions";
import { DRIVERS, freshDatabase } from "../../support/databases";

const mail = vi.hoisted(() => ({ smtpUrl: undefined as string | undefined }));
vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => ({
    publicUrl: "https://mahere.example.org",
    trustedProxies: { hops: 1 },
    mail: { smtpUrl: mail.smtpUrl, from: "Mahere <no-reply@mahere.example.org>" },
  }),
}));

const now = new Date("2026-11-10T00:00:00Z");
const round = (slug: string, closesAt = new Date("2026-12-01T00:00:00Z")) => ({
  slug,
  title: `Round ${slug}`,
  purpose: "Find gaps and overlaps",
  audience: "Providers",
  introduction: "Tell us.",
  opensAt: new Date("2026-11-01T00:00:00Z"),
  closesAt,
  state: "published" as const,
});

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (isWorkflowError(e) ? e.code : e),
  );

describe.each(DRIVERS)("responding to a stocktake by a private link on %s", (driver) => {
  let handle: DbHandle;
  let ids: number[][];

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    setDatabaseHandle(handle);
    ({ questionIds: ids } = await insertRoundWithSections(handle.db, round("open-round"), standardQuestionSet()));
    await insertRoundWithSections(handle.db, round("other-round"), standardQuestionSet());
  });
  afterAll(async () => handle?.close());

  it("keeps only the hash of the resume link, and a wrong, altered or other round's link opens nothing", async () => {
    const { token, mailed } = await startResponse("open-round", { email: null, language: "en" }, now);
    expect(mailed).toBe(false);
    const rows = await handle.db.select().from(t.stocktakeResponses);
    expect(rows.map((r) => r.tokenHash)).toContain(hashLinkToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);

    expect((await openResponse("open-round", token, now))?.status).toBe("draft");
    const altered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await openResponse("open-round", altered, now)).toBeNull();
    expect(await openResponse("open-round", "not-a-token", now)).toBeNull();
    expect(await openResponse("other-round", token, now)).toBeNull();
    expect(await refusal(saveStep("open-round", altered, 0, "next", form([]), now))).toBe("not_found");
  });

  it("stops opening a link once it has expired", async () => {
    const { token } = await startResponse("open-round", { email: null, language: "en" }, now);
    const [row] = await handle.db
      .select({ expires: t.stocktakeResponses.tokenExpiresAt })
      .from(t.stocktakeResponses)
      .where(eq(t.stocktakeResponses.tokenHash, hashLinkToken(token)));
    expect(await openResponse("open-round", token, new Date(row!.expires.getTime() - 1000))).not.toBeNull();
    expect(await openResponse("open-round", token, row!.expires)).toBeNull();
  });

  it("mails the link when an address is given and mail is configured", async () => {
    mail.smtpUrl = "smtp://127.0.0.1:2525";
    try {
      const { token, mailed } = await startResponse("open-round", { email: "Aroha@Example.org", language: "mi" }, now);
      expect(mailed).toBe(true);
      const messages = await handle.db
        .select({ text: t.mailMessages.textBody, purpose: t.mailMessages.purpose })
        .from(t.mailMessages);
      const sent = messages.find((m) => m.purpose === "stocktake-resume-link");
      expect(sent?.text).toContain(`https://mahere.example.org/mi/stocktake/open-round/respond/${token}`);
    } finally {
      mail.smtpUrl = undefined;
    }
  });

  it("saves a step as typed even when it has mistakes, stays on it, and moves on once it is right", async () => {
    const { token } = await startResponse("open-round", { email: null, language: "en" }, now);
    const [organisation, contactName, contactEmail] = ids[0]!;
    const tooLong = "x".repeat(250);
    const first = await saveStep(
      "open-round",
      token,
      0,
      "next",
      form([
        [answerName(organisation!), tooLong],
        [answerName(contactEmail!), "not an address"],
      ]),
      now,
    );
    expect(first.step).toBe(0);
    expect(Object.keys(first.fieldErrors).sort()).toEqual(
      [answerName(organisation!), answerName(contactName!), answerName(contactEmail!)].sort(),
    );
    const kept = await openResponse("open-round", token, now);
    expect(kept?.answers.get(organisation!)).toBe(tooLong);
    expect(kept?.answers.get(contactEmail!)).toBe("not an address");
    expect(kept?.percent).toBe(22); // 2 of the 9 required questions have an answer, right or wrong

    const fixed = await saveStep(
      "open-round",
      token,
      0,
      "next",
      form([
        [answerName(organisation!), "Te Whare Mahi"],
        [answerName(contactName!), "Aroha"],
        [answerName(contactEmail!), "aroha@example.org"],
      ]),
      now,
    );
    expect(fixed).toEqual({ step: 1, fieldErrors: {}, submitted: false });
    expect((await openResponse("open-round", token, now))?.currentStep).toBe(1);
  });

  it("saves on going back and on leaving without asking for the required answers", async () => {
    const { token } = await startResponse("open-round", { email: null, language: "en" }, now);
    const [name] = ids[1]!;
    const back = await saveStep("open-round", token, 1, "back", form([[answerName(name!), "Pathways"]]), now);
    expect(back).toEqual({ step: 0, fieldErrors: {}, submitted: false });
    const leave = await saveStep("open-round", token, 1, "leave", form([[answerName(name!), "Pathways to work"]]), now);
    expect(leave.step).toBe(1);
    const view = await openResponse("open-round", token, now);
    expect(view?.answers.get(name!)).toBe("Pathways to work");
    // Clearing an answer removes it.
    await saveStep("open-round", token, 1, "leave", form([[answerName(name!), "  "]]), now);
    expect((await openResponse("open-round", token, now))?.answers.has(name!)).toBe(false);
  });

  it("refuses to submit with required questions unanswered, then submits, after which nothing changes", async () => {
    const { token } = await startResponse("open-round", { email: null, language: "en" }, now);
    const last = 4;
    const early = await saveStep("open-round", token, last, "submit", form([]), now);
    expect(early.submitted).toBe(false);
    expect(Object.keys(early.fieldErrors)).toHaveLength(9);

    const [organisation, contactName, contactEmail] = ids[0]!;
    const [name, description, scale, regions] = ids[1]!;
    const [populations, supports] = ids[2]!;
    await saveStep(
      "open-round",
      token,
      0,
      "next",
      form([
        [answerName(organisation!), "Te Whare Mahi"],
        [answerName(contactName!), "Aroha"],
        [answerName(contactEmail!), "aroha@example.org"],
      ]),
      now,
    );
    await saveStep(
      "open-round",
      token,
      1,
      "next",
      form([
        [answerName(name!), "Pathways"],
        [answerName(description!), "Mentoring."],
        [answerName(scale!), "regional"],
        [answerName(regions!), "otago"],
        [answerName(regions!), "atlantis"],
      ]),
      now,
    ).then((r) => expect(r).toEqual({ step: 2, fieldErrors: {}, submitted: false }));
    // "atlantis" is no region: a forged value is dropped, as no box could show or clear it.
    expect((await openResponse("open-round", token, now))?.answers.get(regions!)).toEqual(["otago"]);
    await saveStep(
      "open-round",
      token,
      2,
      "next",
      form([
        [populationName(populations!, "refugee_background"), "reaches"],
        [populationName(populations!, "maori"), "designed"],
        [answerName(supports!), "training"],
      ]),
      now,
    );
    expect((await openResponse("open-round", token, now))?.answers.get(populations!)).toEqual([
      { group: "maori", designed: true },
      { group: "refugee_background", designed: false },
    ]);
    const sent = await saveStep("open-round", token, last, "submit", form([]), now);
    expect(sent).toEqual({ step: last, fieldErrors: {}, submitted: true });
    const view = await openResponse("open-round", token, now);
    expect(view).toMatchObject({ status: "submitted", editable: false, percent: 100 });
    expect(await refusal(saveStep("open-round", token, 0, "next", form([]), now))).toBe("conflict");
  });

  it("takes no new response, and no changes to a draft, once the round has closed", async () => {
    const { token } = await startResponse("open-round", { email: null, language: "en" }, now);
    const after = new Date("2026-12-01T00:00:00Z");
    expect(await refusal(startResponse("open-round", { email: null, language: "en" }, after))).toBe("conflict");
    expect((await openResponse("open-round", token, after))?.editable).toBe(false);
    expect(await refusal(saveStep("open-round", token, 0, "leave", form([]), after))).toBe("conflict");
  });
});
