/**
 * The demo's closed stocktake round, with its initiatives. The open one, with no responses yet, is
 * db/seed/demo-stocktake-round.ts.
 */

const DAY = 86_400_000;

export type DemoRound = {
  slug: string;
  title: string;
  purpose: string;
  audience: string;
  introduction: string;
  /** Days from the seed's day: negative is in the past. */
  opensInDays: number;
  closesInDays: number;
  overlapThreshold: number;
};

export const closedDemoRound: DemoRound = {
  slug: "careers-employment-2026",
  title: "Careers and employment initiatives 2026 (demo)",
  purpose:
    "To take stock of the careers and employment initiatives that agencies, providers, iwi and community groups run, so that TEC can see where they cluster and where nobody serves a group or a region.",
  audience: "Anyone who runs a careers or employment initiative in New Zealand.",
  introduction:
    "This is demonstration content: every organisation and initiative in this round is invented. Describe one initiative per response, including initiatives not designed for a particular group but with many participants from it.",
  opensInDays: -150,
  closesInDays: -90,
  overlapThreshold: 3,
};

export const demoRoundDates = (round: DemoRound, now: Date) => ({
  opensAt: new Date(now.getTime() + round.opensInDays * DAY),
  closesAt: new Date(now.getTime() + round.closesInDays * DAY),
});
