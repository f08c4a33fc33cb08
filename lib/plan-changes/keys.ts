import type { PlanEntity } from "./types";

/** The stable keys of plan items (documented in types.ts). */

const NUMBER = /^[1-9][0-9]*$/;
const CODE = /^[1-9][0-9]*\.[1-9][0-9]*$/;
const PART = /^([1-9][0-9]*\.[1-9][0-9]*)\/([MC])([1-9][0-9]*)$/;
const DEPENDENCY = /^([1-9][0-9]*\.[1-9][0-9]*):([1-9][0-9]*\.[1-9][0-9]*)$/;

export const milestoneKey = (actionCode: string, position: number) => `${actionCode}/M${position}`;
export const criterionKey = (actionCode: string, position: number) => `${actionCode}/C${position}`;
/** "2.3:1.4": 2.3 cannot start until 1.4 has delivered. */
export const dependencyKey = (actionCode: string, predecessorCode: string) => `${actionCode}:${predecessorCode}`;

export type ParsedKey =
  | { entity: "focus_area" | "recommendation" | "workstream"; number: number }
  | { entity: "action"; code: string }
  | { entity: "milestone" | "criterion"; action: string; position: number }
  | { entity: "dependency"; action: string; predecessor: string };

/** The key's parts, or null when it is not a key of that kind of item. */
export function parseKey(entity: PlanEntity, key: string): ParsedKey | null {
  switch (entity) {
    case "focus_area":
    case "recommendation":
    case "workstream":
      return NUMBER.test(key) ? { entity, number: Number(key) } : null;
    case "action":
      return CODE.test(key) ? { entity, code: key } : null;
    case "milestone":
    case "criterion": {
      const m = PART.exec(key);
      if (!m || (m[2] === "M") !== (entity === "milestone")) return null;
      return { entity, action: m[1] as string, position: Number(m[3]) };
    }
    case "dependency": {
      const m = DEPENDENCY.exec(key);
      return m ? { entity, action: m[1] as string, predecessor: m[2] as string } : null;
    }
  }
}

/** What a key of each kind looks like, for error messages. */
export const KEY_EXAMPLES: Record<PlanEntity, string> = {
  focus_area: "a number such as 2",
  recommendation: "a number such as 7",
  workstream: "a number such as 3",
  action: "a code such as 1.4",
  milestone: "an action code, /M and a position, such as 1.4/M2",
  criterion: "an action code, /C and a position, such as 1.4/C1",
  dependency: "two action codes such as 2.3:1.4 (2.3 waits for 1.4)",
};

/** The action a key belongs to (itself for an action), for listing changes by action. */
export function actionOfKey(entity: PlanEntity, key: string): string | null {
  const parsed = parseKey(entity, key);
  if (!parsed) return null;
  if (parsed.entity === "action") return parsed.code;
  if ("action" in parsed) return parsed.action;
  return null;
}
