import type { SeedIndicator } from "../types";
import { outcomeIndicators } from "./indicators-outcomes";
import { reachIndicators } from "./indicators-reach";

const byCode = (a: SeedIndicator, b: SeedIndicator) => Number(a.code.slice(1)) - Number(b.code.slice(1));

/** The monitoring framework's measures (illustrative: the real indicator set is not public). */
export const indicators: SeedIndicator[] = [...reachIndicators, ...outcomeIndicators].sort(byCode);
