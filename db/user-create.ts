/**
 * Creates a user, typically the first admin of a real deployment:
 *   npm run user:create -- --email you@agency.govt.nz --name "Your Name" --role admin [--agency tec]
 * The password is generated and printed once (or taken from MAHERE_NEW_PASSWORD).
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "../lib/auth/passwords";
import { ROLES } from "../lib/status/vocabulary";
import { openDatabase, optionsFromEnv } from "./client";
import { migrateDatabase } from "./migrate";
import * as t from "./schema";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    agency: { type: "string" },
  },
});
const input = z
  .object({
    email: z.email("--email must be an email address").transform((e) => e.toLowerCase()),
    name: z.string("--name is required").trim().min(1, "--name is required"),
    role: z.enum(ROLES, `--role must be one of ${ROLES.join(", ")}`),
    agency: z.string().optional(),
  })
  .refine((v) => !["agency_staff", "agency_approver"].includes(v.role) || v.agency, {
    message: "--agency is required for agency roles",
    path: ["agency"],
  })
  .safeParse(values);
if (!input.success) {
  console.error(Object.values(z.flattenError(input.error).fieldErrors).flat().join("\n"));
  process.exit(1);
}

const password = process.env.MAHERE_NEW_PASSWORD || randomBytes(15).toString("base64url");
const handle = await openDatabase(optionsFromEnv());
try {
  await migrateDatabase(handle);
  const { email, name, role, agency } = input.data;
  let agencyId: number | null = null;
  if (agency) {
    const [row] = await handle.db.select().from(t.agencies).where(eq(t.agencies.slug, agency));
    if (!row) throw new Error(`No agency with slug "${agency}".`);
    if (row.retiredAt) throw new Error(`The agency "${agency}" is retired: choose an active one.`);
    agencyId = row.id;
  }
  const [exists] = await handle.db.select().from(t.users).where(eq(t.users.email, email));
  if (exists) throw new Error(`A user with email ${email} already exists.`);
  await handle.db.transaction(async (tx) => {
    const [user] = await tx
      .insert(t.users)
      .values({ email, name, role, agencyId, passwordHash: await hashPassword(password) })
      .returning({ id: t.users.id });
    await tx.insert(t.auditEvents).values({
      actorLabel: "system: user:create command",
      entity: "user",
      entityId: String(user!.id),
      event: "user.created",
      after: { email, role, agencyId },
    });
  });
  console.log(`Created ${role} ${email}.`);
  if (!process.env.MAHERE_NEW_PASSWORD) console.log(`Password (shown once): ${password}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
