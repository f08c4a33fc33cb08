import { addDays } from "../../lib/periods/calendar-date";
import { POPULATION_GROUPS } from "../../lib/status/vocabulary";
import type { Db } from "../client";
import * as t from "../schema";
import type { Prng } from "./prng";
import type { FillAction, FillPeriod } from "./synthetic-updates";

export const FILL_PLAN_SLUG = "synthetic-history";

const AGENCIES = [
  { slug: "tec", acronym: "TEC", name: "Tertiary Education Commission", nameMi: "Te Amorangi Mātauranga Matua" },
  { slug: "moe", acronym: "MoE", name: "Ministry of Education", nameMi: "Te Tāhuhu o te Mātauranga" },
  { slug: "mbie", acronym: "MBIE", name: "Ministry of Business, Innovation and Employment", nameMi: null },
  { slug: "msd", acronym: "MSD", name: "Ministry of Social Development", nameMi: "Te Manatū Whakahiato Ora" },
  { slug: "tpk", acronym: "TPK", name: "Te Puni Kōkiri", nameMi: "Te Puni Kōkiri" },
  { slug: "mpp", acronym: "MPP", name: "Ministry for Pacific Peoples", nameMi: null },
  { slug: "nzqa", acronym: "NZQA", name: "New Zealand Qualifications Authority", nameMi: "Mana Tohu Mātauranga" },
  { slug: "ero", acronym: "ERO", name: "Education Review Office", nameMi: "Te Tari Arotake Mātauranga" },
];

const WORKSTREAMS = [
  "Careers information and advice",
  "Careers education in schools and kura",
  "Support for adults changing careers",
  "Employer and industry partnerships",
  "Māori learners and whānau",
  "Pacific learners and families",
  "Disabled learners",
  "Evidence, data and evaluation",
];

const REGIONS = ["Auckland", "Waikato", "Wellington", "Canterbury", "Otago"];

export type FillStructure = { actions: FillAction[]; indicators: number; agencies: number };

async function insertChunked<T>(db: Db, rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Agencies, one plan with 8 workstreams and `count` actions, their milestones, criteria and dependencies. */
export async function insertSyntheticPlan(
  db: Db,
  count: number,
  planStart: string,
  planEnd: string,
  rng: Prng,
): Promise<FillStructure> {
  const agencyRows = await db.insert(t.agencies).values(AGENCIES).returning({ id: t.agencies.id });
  const agencyIds = agencyRows.map((a) => a.id);
  const [plan] = await db
    .insert(t.plans)
    .values({
      slug: FILL_PLAN_SLUG,
      title: "Synthetic action plan (benchmark data)",
      strategyTitle: "Synthetic careers strategy",
      startsOn: planStart,
      endsOn: planEnd,
    })
    .returning({ id: t.plans.id });
  const planId = plan!.id;
  await db.insert(t.planVersions).values({
    planId,
    version: "1.0",
    effectiveOn: planStart,
    summary: "Synthetic baseline.",
    approvedBy: "History filler",
  });
  const [focus] = await db
    .insert(t.focusAreas)
    .values({ planId, number: 1, title: "Synthetic focus area", description: "Generated for benchmarks." })
    .returning({ id: t.focusAreas.id });
  const recs = await db
    .insert(t.recommendations)
    .values(
      WORKSTREAMS.map((title, i) => ({
        planId,
        focusAreaId: focus!.id,
        number: i + 1,
        title: `Recommendation ${i + 1}: ${title.toLowerCase()}`,
        description: "Generated for benchmarks.",
      })),
    )
    .returning({ id: t.recommendations.id });
  const ws = await db
    .insert(t.workstreams)
    .values(
      WORKSTREAMS.map((title, i) => ({
        planId,
        number: i + 1,
        title,
        description: `Workstream ${i + 1} of the synthetic plan.`,
        leadAgencyId: agencyIds[i % agencyIds.length]!,
      })),
    )
    .returning({ id: t.workstreams.id });
  await db
    .insert(t.workstreamRecommendations)
    .values(ws.map((w, i) => ({ workstreamId: w.id, recommendationId: recs[i]!.id })));

  const planDays = Math.max(400, Math.round((Date.parse(planEnd) - Date.parse(planStart)) / 86_400_000));
  const specs = Array.from({ length: count }, (_, i) => {
    const w = i % WORKSTREAMS.length;
    const baselineStart = addDays(planStart, rng.int(0, Math.floor(planDays / 2)));
    return {
      planId,
      code: `${w + 1}.${Math.floor(i / WORKSTREAMS.length) + 1}`,
      workstreamId: ws[w]!.id,
      title: `Synthetic action ${i + 1}`,
      description: "A generated action for measuring speed at scale.",
      leadAgencyId: rng.pick(agencyIds),
      foundational: rng.chance(0.1),
      baselineStart,
      baselineDue: addDays(baselineStart, rng.int(180, 900)),
    };
  });
  const actions: FillAction[] = [];
  await insertChunked(db, specs, async (chunk) => {
    const rows = await db
      .insert(t.actions)
      .values(chunk)
      .returning({ id: t.actions.id, code: t.actions.code, leadAgencyId: t.actions.leadAgencyId });
    rows.forEach((r, k) => {
      const s = chunk[k]!;
      actions.push({
        ...r,
        baselineStart: s.baselineStart,
        baselineDue: s.baselineDue,
        milestones: 3,
        criteria: rng.int(1, 3),
      });
    });
  });

  const contributors = actions.flatMap((a) =>
    [...new Set([rng.pick(agencyIds), rng.pick(agencyIds)])]
      .filter((id) => id !== a.leadAgencyId && rng.chance(0.5))
      .map((agencyId) => ({ actionId: a.id, agencyId })),
  );
  await insertChunked(db, contributors, (c) => db.insert(t.actionContributors).values(c));
  // Predecessors come earlier in the same workstream, so the graph has no cycle.
  const deps = actions.flatMap((a, i) =>
    i >= WORKSTREAMS.length && rng.chance(0.2)
      ? [
          {
            actionId: a.id,
            predecessorId: actions[i - WORKSTREAMS.length * rng.int(1, Math.min(3, Math.floor(i / 8)))]!.id,
          },
        ]
      : [],
  );
  await insertChunked(db, deps, (c) => db.insert(t.actionDependencies).values(c).onConflictDoNothing());
  const criteria = actions.flatMap((a) =>
    Array.from({ length: a.criteria }, (_, k) => ({
      actionId: a.id,
      position: k + 1,
      description: `Criterion ${k + 1}: the agreed deliverable is in use and evidenced.`,
    })),
  );
  await insertChunked(db, criteria, (c) => db.insert(t.completionCriteria).values(c));
  const milestones = actions.flatMap((a) =>
    Array.from({ length: a.milestones }, (_, k) => ({
      actionId: a.id,
      position: k + 1,
      title: ["Scoping agreed", "Delivery underway", "Evaluation reported"][k] ?? `Milestone ${k + 1}`,
      baselineDue: addDays(
        a.baselineStart,
        Math.round(
          ((k + 1) * (Date.parse(a.baselineDue) - Date.parse(a.baselineStart))) / 86_400_000 / (a.milestones + 1),
        ),
      ),
      weight: rng.int(1, 3),
    })),
  );
  await insertChunked(db, milestones, (c) => db.insert(t.milestones).values(c));

  const indicatorRows = await db
    .insert(t.indicators)
    .values(
      Array.from({ length: 6 }, (_, k) => ({
        code: `SYN-${k + 1}`,
        title: `Synthetic indicator ${k + 1}`,
        description: "Generated for benchmarks.",
        unit: k % 2 ? "people" : "%",
        direction: k === 5 ? "decrease" : "increase",
        baselineValue: 40 + k,
        baselineDate: planStart,
        targetValue: k === 5 ? 20 : 70 + k,
        targetDate: planEnd,
        dataSource: "Synthetic data",
        ownerAgencyId: agencyIds[k % agencyIds.length]!,
      })),
    )
    .returning({ id: t.indicators.id });
  await db.insert(t.indicatorActions).values(
    indicatorRows.flatMap((ind) =>
      [...new Set(Array.from({ length: 5 }, () => rng.pick(actions).id))].map((actionId) => ({
        indicatorId: ind.id,
        actionId,
      })),
    ),
  );
  await db
    .insert(t.indicatorRecommendations)
    .values(indicatorRows.map((ind, k) => ({ indicatorId: ind.id, recommendationId: recs[k]!.id })));
  return { actions, indicators: indicatorRows.length, agencies: agencyIds.length };
}

/** One total reading per indicator and past period, with population-group and regional breakdowns for some. */
export async function insertSyntheticReadings(db: Db, periods: FillPeriod[], rng: Prng): Promise<number> {
  const indicators = await db.select({ id: t.indicators.id, code: t.indicators.code }).from(t.indicators);
  const rows = periods
    .filter((p) => p.closed)
    .flatMap((p, pi) =>
      indicators.flatMap((ind, k) => {
        const value = Math.round((40 + k + pi * 0.8 + rng.next() * 3) * 10) / 10;
        const base = { indicatorId: ind.id, periodId: p.id };
        return [
          { ...base, breakdownKind: "total", breakdownValue: "", value },
          ...(k < 3
            ? POPULATION_GROUPS.map((g) => ({
                ...base,
                breakdownKind: "population_group",
                breakdownValue: g,
                value: Math.round((value - 5 + rng.next() * 10) * 10) / 10,
              }))
            : []),
          ...(k >= 4
            ? REGIONS.map((r) => ({
                ...base,
                breakdownKind: "region",
                breakdownValue: r,
                value: Math.round((value - 5 + rng.next() * 10) * 10) / 10,
              }))
            : []),
        ];
      }),
    );
  await insertChunked(db, rows, (c) => db.insert(t.indicatorReadings).values(c));
  return rows.length;
}
