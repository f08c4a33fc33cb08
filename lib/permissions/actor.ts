import type { Role } from "@/lib/status/vocabulary";

/**
 * Whoever is making a request. The public has no account, so "anonymous" is a kind of its own
 * rather than a role: no check can mistake a missing session for a role with no rights.
 * `agencyId` is null for users who belong to no agency (typically admins and some TEC monitors).
 */
export type Actor = { kind: "anonymous" } | { kind: "user"; userId: number; role: Role; agencyId: number | null };

export type UserActor = Extract<Actor, { kind: "user" }>;

export const ANONYMOUS: Actor = { kind: "anonymous" };
