import type { PlanEntity } from "./types";

/** The plan editor's address of an item: /admin/plan/action/1.4, /admin/plan/milestone/1.4/M2. */
export function itemPath(entity: PlanEntity, key: string): string {
  return `/admin/plan/${entity.replace("_", "-")}/${key.split("/").map(encodeURIComponent).join("/")}`;
}

/** The entity an address segment names ("focus-area" → "focus_area"), or null. */
export function entityOfSegment(segment: string): PlanEntity | null {
  const entity = segment.replace("-", "_");
  return ["focus_area", "recommendation", "workstream", "action", "milestone", "criterion"].includes(entity)
    ? (entity as PlanEntity)
    : null;
}
