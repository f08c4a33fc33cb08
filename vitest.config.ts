import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type ViteUserConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * Files that boot embedded databases in child processes, again and again: small files that take the
 * longest. Vitest runs larger files first when it has no timings (a fresh clone), which left these
 * for last, alone on one core; started first, they run beside everything else.
 */
const SLOW_SMALL_FILES = ["tests/integration/config/prepare.test.ts", "tests/integration/pglite-lock.test.ts"];

class SlowSmallFilesFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const isSlow = (file: TestSpecification) => SLOW_SMALL_FILES.some((slow) => file.moduleId.endsWith(slow));
    return [...sorted.filter(isSlow), ...sorted.filter((file) => !isSlow(file))];
  }
}

/**
 * Integration files that replace a module (`vi.mock`), the clock, the console or a global: each gets
 * its own module graph, so nothing they change reaches another file. Found by reading the files, so a
 * new file that mocks cannot be forgotten.
 */
const MOCKS = /\bvi\.(mock|doMock|useFakeTimers|setSystemTime|spyOn|stubGlobal|stubEnv)\(/;
const ISOLATED_INTEGRATION_FILES = readdirSync(path.join(root, "tests/integration"), { recursive: true })
  .map((file) => `tests/integration/${String(file).replaceAll(path.sep, "/")}`)
  .filter((file) => file.endsWith(".test.ts") && MOCKS.test(readFileSync(path.join(root, file), "utf8")));

/** Both integration projects: one set of database templates (global-setup.ts builds it once). */
const INTEGRATION = {
  include: ["tests/integration/**/*.test.ts"],
  environment: "node",
  globalSetup: ["tests/support/global-setup.ts"],
  // A deployment's configuration (lib/env.ts): absolute links are built on the public address.
  env: {
    MAHERE_PUBLIC_URL: "https://mahere.example.org",
    AUTH_SECRET: "integration-tests-secret-0123456789abcdef",
  },
  // In worker threads rather than child processes: about a fifth less wall time here. Unit tests stay
  // in forks: one sets process.env.TZ, which a worker thread's clock ignores.
  pool: "threads",
  testTimeout: 60_000,
  hookTimeout: 120_000,
} satisfies ViteUserConfig["test"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": `${root}tests/support/server-only-stub.ts`,
    },
  },
  test: {
    sequence: { sequencer: SlowSmallFilesFirst },
    // next-auth imports "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    // Vitest's default is one worker fewer than the cores: a single one on a 2-core machine, where
    // the main process and PostgreSQL leave the second core half idle. Test files share nothing
    // (each has its own databases), and two at once took the whole run from 48 s to 37 s there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Unit tests call pure functions (no module state, mocks or stubs), so one module graph
          // serves every file: a fresh one per file took ~9 s of a ~10 s unit run.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          ...INTEGRATION,
          name: "integration",
          exclude: ISOLATED_INTEGRATION_FILES,
          // Files here mock nothing and set no module state of their own (each points the data layer
          // at its own database first), so the files a worker runs share one module graph: the app
          // was imported again for every file, about 100 s of a run summed.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { ...INTEGRATION, name: "integration isolated", include: ISOLATED_INTEGRATION_FILES },
      },
    ],
  },
});
