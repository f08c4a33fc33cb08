/**
 * The demo plan: every confirmed fact about the National Careers System Strategy Action Plan
 * (shared/reference/ncss-facts.md), with the gaps filled by illustrative content marked as such.
 */
import type { DemoPlan, SeedAction } from "../types";
import { ws1QualityActions } from "./actions-ws1-quality";
import { ws1Actions } from "./actions-ws1";
import { ws2Actions } from "./actions-ws2";
import { ws3DeliveryActions } from "./actions-ws3-delivery";
import { ws3Actions } from "./actions-ws3";
import { ws4StandardsActions } from "./actions-ws4-standards";
import { ws4Actions } from "./actions-ws4";
import { ws5Actions } from "./actions-ws5";
import { ws6Actions } from "./actions-ws6";
import { ws7Actions } from "./actions-ws7";
import { ws8Actions } from "./actions-ws8";
import { agencies } from "./agencies";
import { focusAreas } from "./focus-areas";
import { indicators } from "./indicators";
import { plan } from "./plan";
import { recommendations } from "./recommendations";
import { changeRequests, versions } from "./versions";
import { workstreams } from "./workstreams";

const actions: SeedAction[] = [
  ...ws1Actions,
  ...ws1QualityActions,
  ...ws2Actions,
  ...ws3Actions,
  ...ws3DeliveryActions,
  ...ws4Actions,
  ...ws4StandardsActions,
  ...ws5Actions,
  ...ws6Actions,
  ...ws7Actions,
  ...ws8Actions,
];

export const demoPlan: DemoPlan = {
  plan,
  agencies,
  focusAreas,
  recommendations,
  workstreams,
  actions,
  indicators,
  versions,
  changeRequests,
};
