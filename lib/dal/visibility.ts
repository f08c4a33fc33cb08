import "server-only";

/** The public-visibility rule lives with the schema, so the seed and period freezing share it. */
export { isPublicUpdate, isReleased, publicUpdateAt, releasedState, visibleAt } from "@/db/visibility";
