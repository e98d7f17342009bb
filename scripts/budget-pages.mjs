// The pages the performance and accessibility budgets name, and the axe rules they are held to: one list for
// `npm run audit:pages` and the axe checks of the end-to-end tests (e2e/a11y.spec.ts).

export const BUDGET_PAGES = [
  { name: "home", path: "/", html: "index.html" },
  { name: "seed code page", path: "/errors/invalid-parameter/", html: "errors/invalid-parameter/index.html" },
  { name: "SNAP case page", path: "/snap/401xx00/", html: "snap/401xx00/index.html" },
  { name: "paste-box", path: "/decode/", html: "decode/index.html" },
  { name: "Indonesian home", path: "/id/", html: "id/index.html" },
  { name: "Indonesian seed code page", path: "/id/errors/invalid-parameter/", html: "id/errors/invalid-parameter/index.html" },
  { name: "Indonesian SNAP case page", path: "/id/snap/401xx00/", html: "id/snap/401xx00/index.html" },
  { name: "Indonesian paste-box", path: "/id/decode/", html: "id/decode/index.html" },
];

/** WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
