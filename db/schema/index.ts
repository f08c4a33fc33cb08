export * from "./agencies";
export * from "./plan";
export * from "./actions";
export * from "./periods";
export * from "./users";
export * from "./updates";
export * from "./indicators";
export * from "./governance";
