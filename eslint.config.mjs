import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Internal links go through components/link.tsx, which does not fetch pages ahead of a click. */
const NEXT_LINK = { name: "next/link", message: "Import Link from @/components/link instead." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "db/migrations/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["app/**", "components/**", "lib/**", "i18n/**"],
    ignores: ["components/link.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [NEXT_LINK] }] },
  },
  {
    // Routes use components and lib, never the other way round: a form gets its server action as a prop.
    files: ["components/**", "lib/**"],
    ignores: ["components/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NEXT_LINK],
          patterns: [{ group: ["@/app/*", "**/app/*"], message: "Pass what the route provides as a prop instead." }],
        },
      ],
    },
  },
]);
