import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "out/**", "out-*/**", ".tmp/**", "dist/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // Every link goes through components/site-link.tsx, which turns prefetching off.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/site-link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use SiteLink from @/components/site-link: it never prefetches." }] }],
    },
  },
  {
    // lib/ is the pure core: no React, no Next.js, so it runs in unit tests, scripts and workers alike.
    files: ["lib/**/*.{ts,mts,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom"].map((name) => ({ name, message: "lib/ is framework-free: keep React in components/." })),
          patterns: [{ group: ["next", "next/*", "react/*", "react-dom/*"], message: "lib/ is framework-free: keep Next.js and React in app/ and components/." }],
        },
      ],
    },
  },
]);
