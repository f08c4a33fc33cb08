import type { SeedChangeRequest, SeedPlanVersion } from "../types";

const GOVERNANCE_GROUP = "NCSS cross-agency governance group";

export const versions: SeedPlanVersion[] = [
  {
    version: "1.0",
    effectiveOn: "2023-09-27",
    summary:
      "The approved baseline: the Strategy's 11 recommendations mapped into 8 workstreams, with actions staggered over two years from October 2023 and foundational actions first.",
    approvedBy: "Minister of Education",
  },
  {
    version: "1.1",
    effectiveOn: "2025-04-30",
    summary:
      "Changes agreed at the review about 18 months into the plan: two actions re-phased to reflect late dependencies and decisions, and one action stopped for lack of funding.",
    approvedBy: GOVERNANCE_GROUP,
  },
];

export const changeRequests: SeedChangeRequest[] = [
  {
    kind: "rephase",
    action: "1.3",
    version: "1.1",
    summary: "Move the due date of the first annual careers system report from June 2025 to December 2025.",
    reason:
      "The report depends on the monitoring framework (action 1.2), which was completed in February 2025, eleven months later than planned.",
    approvingBody: GOVERNANCE_GROUP,
    decidedOn: "2025-04-10",
  },
  {
    kind: "rephase",
    action: "3.3",
    version: "1.1",
    summary: "Move the implementation of the secondary careers support model from 2025 into 2026.",
    reason:
      "Ministers' decisions on the preferred model are now expected late in 2025, so implementation cannot start as planned.",
    approvingBody: GOVERNANCE_GROUP,
    decidedOn: "2025-04-10",
  },
  {
    kind: "stop",
    action: "6.4",
    version: "1.1",
    summary: "Stop the careers guidance voucher pilot for adults changing careers.",
    reason:
      "No funding is available for the pilot. Careers guidance for adults changing careers is partly provided through MSD's redundancy support (action 6.3) and Tahatū.",
    approvingBody: GOVERNANCE_GROUP,
    decidedOn: "2025-04-10",
  },
];
