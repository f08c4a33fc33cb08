import { inArray } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/passwords";
import type { Db } from "../client";
import * as t from "../schema";

export const DEMO_PASSWORD = "Demo-Password-2026";

export type DemoAccount = { email: string; name: string; role: string; agencySlug: string | null };

/**
 * The demo accounts listed in the README: an admin, a TEC monitor, and a staff member and an
 * approver for every agency that leads or contributes to an action. Demo mode only.
 */
export async function demoAccounts(db: Db): Promise<DemoAccount[]> {
  const agencies = await db.select().from(t.agencies);
  const leads = await db.selectDistinct({ id: t.actions.leadAgencyId }).from(t.actions);
  const contributors = await db.selectDistinct({ id: t.actionContributors.agencyId }).from(t.actionContributors);
  const involved = new Set([...leads, ...contributors].map((r) => r.id));
  const accounts: DemoAccount[] = [
    { email: "admin@example.org", name: "Demo administrator", role: "admin", agencySlug: null },
    { email: "monitor@example.org", name: "Demo TEC monitor", role: "tec_monitor", agencySlug: "tec" },
  ];
  for (const a of agencies.filter((a) => involved.has(a.id)).sort((x, y) => x.slug.localeCompare(y.slug))) {
    accounts.push(
      {
        email: `staff.${a.slug}@example.org`,
        name: `Demo staff member, ${a.acronym}`,
        role: "agency_staff",
        agencySlug: a.slug,
      },
      {
        email: `approver.${a.slug}@example.org`,
        name: `Demo approver, ${a.acronym}`,
        role: "agency_approver",
        agencySlug: a.slug,
      },
    );
  }
  return accounts;
}

/** Creates the demo accounts that are missing; never changes one that exists. */
export async function seedDemoUsers(db: Db): Promise<number> {
  const accounts = await demoAccounts(db);
  const existing = await db
    .select({ email: t.users.email })
    .from(t.users)
    .where(
      inArray(
        t.users.email,
        accounts.map((a) => a.email),
      ),
    );
  const have = new Set(existing.map((e) => e.email));
  const missing = accounts.filter((a) => !have.has(a.email));
  if (missing.length === 0) return 0;
  const agencyId = new Map((await db.select().from(t.agencies)).map((a) => [a.slug, a.id]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.insert(t.users).values(
    missing.map((a) => ({
      email: a.email,
      name: a.name,
      role: a.role,
      agencyId: a.agencySlug ? agencyId.get(a.agencySlug)! : null,
      passwordHash,
    })),
  );
  await db.insert(t.auditEvents).values({
    actorLabel: "system: demo seed",
    entity: "user",
    entityId: "demo",
    event: "users.demo_created",
    after: { emails: missing.map((a) => a.email) },
    reason: "Demo mode: demo accounts created.",
  });
  return missing.length;
}
