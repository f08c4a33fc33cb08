/** The demo's two stocktake rounds: one closed (with its initiatives), one open now (no responses yet). */

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

export const openDemoRound: DemoRound = {
  slug: "youth-pathways-2027",
  title: "Youth pathways initiatives 2027 (demo)",
  purpose:
    "To find the initiatives that help young people into training and work, ahead of the next version of the Action Plan.",
  audience:
    "Anyone who runs an initiative for young people leaving school or not in employment, education or training.",
  introduction:
    "This is demonstration content. Tell us about one initiative per response; you can save and come back to it with your private link.",
  opensInDays: -7,
  closesInDays: 60,
  overlapThreshold: 3,
};

export const demoRoundDates = (round: DemoRound, now: Date) => ({
  opensAt: new Date(now.getTime() + round.opensInDays * DAY),
  closesAt: new Date(now.getTime() + round.closesInDays * DAY),
});
