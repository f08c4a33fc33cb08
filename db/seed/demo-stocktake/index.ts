export { demoInitiatives, type DemoInitiative } from "./initiatives";
export { closedDemoRound, demoRoundDates, type DemoRound } from "./rounds";
