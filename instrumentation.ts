/**
 * Once per Next.js server process: start the loop that closes periods and applies scheduled
 * updates when their time comes (lib/jobs). Not while building, and not in the edge runtime.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobLoop } = await import("./lib/jobs/loop");
  startJobLoop();
}
