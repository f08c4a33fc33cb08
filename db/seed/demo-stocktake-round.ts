import type { Db } from "../client";
import { insertRoundWithSections } from "../stocktake-round";
import { standardQuestionSet } from "../../lib/stocktake/standard-questions";

const DAY = 86_400_000;

/**
 * One open stocktake round with the standard questions and no responses yet, so the survey can be
 * tried (and is tested) in the demo. Illustrative; the fuller demo (rounds with initiatives) builds on it.
 */
export async function seedDemoStocktakeRound(db: Db, now: Date): Promise<void> {
  await insertRoundWithSections(
    db,
    {
      slug: "careers-initiatives-demo",
      title: "Careers initiatives stocktake (demo)",
      purpose:
        "To see which careers initiatives already exist, whom they serve and where, so the plan can find gaps and overlaps.",
      audience: "Agencies, providers, iwi and community groups running careers or employment initiatives.",
      introduction:
        "Tell us about one initiative your organisation runs. It takes about fifteen minutes; you can save and come back with your private link.",
      opensAt: new Date(now.getTime() - 14 * DAY),
      closesAt: new Date(now.getTime() + 60 * DAY),
      state: "published",
      createdAt: now,
      updatedAt: now,
    },
    standardQuestionSet(),
  );
}
