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
    // Type-aware rules: a switch over a union (a finding's kind, a scheme) must handle every member, and a promise
    // must be awaited, returned or explicitly voided.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-floating-promises": "error",
    },
  },
  {
    // Islands run on static pages with no router: a navigation is a plain one.
    files: ["components/islands/**"],
    rules: { "@next/next/no-location-assign-relative-destination": "off" },
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
