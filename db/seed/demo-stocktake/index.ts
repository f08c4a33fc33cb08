export { demoInitiatives, type DemoInitiative } from "./initiatives";
export { closedDemoRound, demoRoundDates, openDemoRound, type DemoRound } from "./rounds";
