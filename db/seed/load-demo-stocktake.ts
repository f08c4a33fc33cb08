import { eq } from "drizzle-orm";
import { standardQuestionSet } from "../../lib/stocktake/standard-questions";
import type { Db } from "../client";
import * as t from "../schema";
import { insertResponseByFields, insertRoundWithSections } from "../stocktake-round";
import {
  closedDemoRound,
  demoInitiatives,
  demoRoundDates,
  type DemoInitiative,
  type DemoRound,
} from "./demo-stocktake";

const DAY = 86_400_000;

async function insertRound(db: Db, round: DemoRound, now: Date): Promise<number> {
  const { roundId } = await insertRoundWithSections(
    db,
    {
      slug: round.slug,
      title: round.title,
      purpose: round.purpose,
      audience: round.audience,
      introduction: round.introduction,
      ...demoRoundDates(round, now),
      state: "published",
      overlapThreshold: round.overlapThreshold,
      createdAt: now,
      updatedAt: now,
    },
    standardQuestionSet(),
  );
  return roundId;
}

/** A demo initiative as answers keyed by the field their question fills (contact details invented). */
function answersOf(i: DemoInitiative, n: number) {
  return {
    organisation: i.organisation,
    contact_name: `Demo contact ${n + 1}`,
    contact_email: `stocktake.${i.key}@example.org`,
    contact_address: `PO Box ${1000 + n}, Example Town`,
    name: i.name,
    description: i.description,
    scale: i.scale,
    regions: [...i.regions],
    populations: [
      ...i.designed.map((group) => ({ group, designed: true })),
      ...i.reaches.map((group) => ({ group, designed: false })),
    ],
    supports: [...i.supports],
    funding: i.funding,
    start_date: i.startDate,
    ...(i.endDate ? { end_date: i.endDate } : {}),
    plan_links: { recommendations: i.recommendations.map(String), workstreams: i.workstreams.map(String) },
  };
}

/**
 * The demo stocktake's closed round, whose responses show gaps and overlaps (the open round is
 * seeded beside it). Only ever loaded with the demo plan, into an empty database.
 */
export async function seedDemoStocktake(db: Db, now: Date): Promise<void> {
  const closedId = await insertRound(db, closedDemoRound, now);
  const { opensAt } = demoRoundDates(closedDemoRound, now);
  const ids = new Map<string, number>();
  for (const [n, i] of demoInitiatives.entries()) {
    const at = new Date(opensAt.getTime() + (n + 1) * DAY);
    const id = await insertResponseByFields(db, {
      roundId: closedId,
      status: i.status === "returned" ? "submitted" : i.status,
      duplicateOfId: i.duplicateOf ? ids.get(i.duplicateOf) : undefined,
      answers: answersOf(i, n),
      tokenExpiresAt: new Date(now.getTime() + 365 * DAY),
      at,
    });
    ids.set(i.key, id);
    if (i.status !== "submitted") {
      await db
        .update(t.stocktakeResponses)
        .set({
          status: i.status,
          reviewQuestion: i.question ?? null,
          reviewedAt: new Date(at.getTime() + 3 * DAY),
        })
        .where(eq(t.stocktakeResponses.id, id));
    }
  }
}
