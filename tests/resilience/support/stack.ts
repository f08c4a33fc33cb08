/**
 * A part's stack: a private PostgreSQL cluster, a database filled as `npm run db:fill` fills it,
 * and the built app serving it on a free port. Stopped and removed when the part ends.
 */
import { freePort } from "../../support/postgres-server";
import { ensureBuilt, startApp, type App } from "./app";
import { startCluster, type Cluster } from "./cluster";
import { fillDatabase, writableActions, type Target } from "./database";
import { log, onCleanUp, SHORT } from "./part";

export type Stack = {
  cluster: Cluster;
  url: string;
  app: App;
  targets: Target[];
  codes: string[];
  restart(): Promise<App>;
};

/** Short runs fill a small history; full runs a plan of a thousand actions. */
export const FILL = SHORT
  ? { actions: 60, periods: 4, updatesPerAction: 4 }
  : { actions: 1000, periods: 8, updatesPerAction: 20 };

/** `beforeStart` runs on the filled database before the app first starts (its job loop runs at once). */
export async function startStack(
  label: string,
  beforeStart?: (url: string) => Promise<void>,
  fill = FILL,
): Promise<Stack> {
  ensureBuilt();
  const cluster = await startCluster(label);
  onCleanUp(() => cluster.remove());
  const url = await cluster.createDatabase("mahere");
  await fillDatabase(url, fill);
  log(`filled: ${fill.actions} actions × ${fill.updatesPerAction} updates, ${fill.periods} periods`);
  await beforeStart?.(url);
  const port = await freePort();
  const stack: Stack = {
    cluster,
    url,
    app: await startApp(url, port),
    targets: await writableActions(url),
    codes: [],
    async restart() {
      stack.app = await startApp(url, port);
      return stack.app;
    },
  };
  onCleanUp(() => stack.app.stop());
  stack.codes = stack.targets.map((t) => t.code);
  log(`app ready on ${stack.app.base}`);
  return stack;
}
