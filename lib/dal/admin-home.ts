import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import { adminAreasFor, type AdminArea } from "@/lib/permissions/admin-permissions";
import { requireAdminRight } from "./admin-access";

/** The administration areas the caller may open; refused for anyone who may open none. */
export async function listAdminAreas(actor: Actor): Promise<AdminArea[]> {
  requireAdminRight(actor, "open_admin");
  return adminAreasFor(actor);
}
