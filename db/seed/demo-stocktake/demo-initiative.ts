/** One invented initiative of the demo stocktake, as the seed writes it. */
import type { NzRegion, PopulationGroup, ResponseStatus, SupportKind } from "../../../lib/stocktake/vocabulary";

export type DemoInitiative = {
  key: string;
  status: Exclude<ResponseStatus, "draft">;
  /** For a duplicate: the key of the initiative it repeats. */
  duplicateOf?: string;
  /** For a returned response: TEC's question. */
  question?: string;
  organisation: string;
  name: string;
  description: string;
  scale: "national" | "regional" | "local";
  regions: readonly NzRegion[];
  /** Groups the initiative was designed for, and groups it reaches many of without being designed for them. */
  designed: readonly PopulationGroup[];
  reaches: readonly PopulationGroup[];
  supports: readonly SupportKind[];
  recommendations: readonly number[];
  workstreams: readonly number[];
  funding: string;
  startDate: string;
  endDate?: string;
};
