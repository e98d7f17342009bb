// npm run audit:pages: Lighthouse (mobile defaults, median of 3 runs) and axe (light and dark theme) on the pages the
// budgets name, against the built out/ served with gzip as a static host would. Prints figures and the budget
// verdicts; it is not part of npm test (axe also runs in the e2e tests). Needs `npm run build` first.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { AXE_TAGS, BUDGET_PAGES } from "./budget-pages.mjs";
import { CHROMIUM_ARGS, chromiumPath, ensureChromium } from "./ensure-chromium.mjs";
import { firstLoadJs } from "./first-load-js.mjs";
import { FIRST_USE_TARGETS, measureFirstUse } from "./first-use.mjs";
import { printTable } from "./print-table.mjs";
import { startStaticServer } from "./static-server.mjs";

const PORT = Number(process.env.AUDIT_PORT ?? 4180);
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
/** AUDIT_ONLY="paste-box,home" audits only the budget pages of those names. */
const ONLY = process.env.AUDIT_ONLY?.split(",");
const BUDGET = { performance: 98, accessibility: 100, "best-practices": 100, seo: 100, lcpMs: 2000, tbtMs: 150, cls: 0, firstLoadKb: 150 };
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

if (!fs.existsSync("out/index.html")) {
  console.error("audit:pages: out/ is missing. Run `npm run build` first.");
  process.exit(1);
}
const executablePath = process.env.CHROMIUM_PATH ?? (chromiumPath() || ensureChromium());
const server = await startStaticServer({ root: "out", port: PORT });
const base = `http://127.0.0.1:${PORT}`;

/** One Lighthouse run: category scores (0–100) and the three vitals. */
async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round((categories.performance.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
      "best-practices": Math.round((categories["best-practices"].score ?? 0) * 100),
      seo: Math.round((categories.seo.score ?? 0) * 100),
      lcpMs: audits["largest-contentful-paint"].numericValue,
      tbtMs: audits["total-blocking-time"].numericValue,
      cls: audits["cumulative-layout-shift"].numericValue,
      failing: Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
        .map((audit) => audit.id),
    };
  } finally {
    chrome.kill();
  }
}

/** The run with the median performance score, as Lighthouse's own guidance suggests. */
function median(runs) {
  return [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
}

async function axeViolations(browser, url, theme) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((value) => localStorage.setItem("theme", value), theme);
  await page.goto(url);
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  await context.close();
  return violations.map((violation) => violation.id);
}

const rows = [];
const problems = [];
let firstUse = { search: { settled: NaN, atLoad: NaN }, paste: { settled: NaN, atLoad: NaN, untapped: NaN } };
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const page of BUDGET_PAGES.filter((budgetPage) => !ONLY || ONLY.includes(budgetPage.name))) {
    const url = `${base}${page.path}`;
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(url));
    const lh = median(runs);
    const axeLight = await axeViolations(browser, url, "light");
    const axeDark = await axeViolations(browser, url, "dark");
    const { bytes, atLoad } = firstLoadJs("out", page.html);
    const js = bytes / 1024;
    rows.push([
      page.name,
      runs.map((run) => run.performance).join("/"),
      lh.performance,
      lh.accessibility,
      lh["best-practices"],
      lh.seo,
      (lh.lcpMs / 1000).toFixed(2),
      Math.round(lh.tbtMs),
      lh.cls.toFixed(3),
      axeLight.length,
      axeDark.length,
      js.toFixed(1),
      (atLoad.bytes / 1024).toFixed(1),
    ]);
    const misses = [
      lh.performance < BUDGET.performance && `Performance ${lh.performance} < ${BUDGET.performance}`,
      lh.accessibility < BUDGET.accessibility && `Accessibility ${lh.accessibility}`,
      lh["best-practices"] < BUDGET["best-practices"] && `Best Practices ${lh["best-practices"]}`,
      lh.seo < BUDGET.seo && `SEO ${lh.seo}`,
      lh.lcpMs > BUDGET.lcpMs && `LCP ${(lh.lcpMs / 1000).toFixed(2)} s`,
      lh.tbtMs > BUDGET.tbtMs && `TBT ${Math.round(lh.tbtMs)} ms`,
      lh.cls > BUDGET.cls && `CLS ${lh.cls.toFixed(3)}`,
      axeLight.length + axeDark.length > 0 && `axe: ${[...new Set([...axeLight, ...axeDark])].join(", ")}`,
      atLoad.bytes / 1024 > BUDGET.firstLoadKb && `first-load JS ${(atLoad.bytes / 1024).toFixed(1)} kB`,
      lh.failing.length > 0 && `failing audits: ${lh.failing.join(", ")}`,
    ].filter(Boolean);
    if (misses.length > 0) problems.push(`${page.name}: ${misses.join("; ")}`);
  }
  firstUse = await measureFirstUse(browser, base, RUNS);
} finally {
  await browser.close();
  server.close();
}

printTable(
  `Lighthouse (mobile, median of ${RUNS}) and axe on out/, served with gzip by scripts/static-server.mjs`,
  ["page", "perf runs", "perf", "a11y", "best pr.", "SEO", "LCP s", "TBT ms", "CLS", "axe light", "axe dark", "JS kB gz", "at load"],
  rows,
);
console.log("\nJS kB gz: every script the page may load (gzip); at load: the island scripts it runs as it loads (the first-load budget).");
printTable(
  `First use at 4× CPU on a cold page, median of ${RUNS} (settled: once the page's islands and what they fetch at idle are in; at load: right at the load event)`,
  ["action", "settled ms", "at load ms", "target (settled)"],
  [
    ["search: code typed ⇒ first result (code page)", Math.round(firstUse.search.settled), Math.round(firstUse.search.atLoad), `≤ ${FIRST_USE_TARGETS.searchMs} ms`],
    ["paste ⇒ explanation (/decode/), after a tap into the box", Math.round(firstUse.paste.settled), Math.round(firstUse.paste.atLoad), `≤ ${FIRST_USE_TARGETS.pasteMs} ms`],
    ["paste with no tap before (dropped text): starts the paste-box too", Math.round(firstUse.paste.untapped), "", ""],
  ],
);
if (firstUse.search.settled > FIRST_USE_TARGETS.searchMs) problems.push(`first search ${Math.round(firstUse.search.settled)} ms`);
if (firstUse.paste.settled > FIRST_USE_TARGETS.pasteMs) problems.push(`first paste ${Math.round(firstUse.paste.settled)} ms`);
console.log(
  `\nBudgets: Performance ≥ ${BUDGET.performance}, Accessibility/Best Practices/SEO ${BUDGET.accessibility}, LCP ≤ ${BUDGET.lcpMs / 1000} s, TBT ≤ ${BUDGET.tbtMs} ms, CLS ${BUDGET.cls}, no axe violations, first-load JS ≤ ${BUDGET.firstLoadKb} kB.`,
);
console.log(problems.length === 0 ? "All budgets met." : `Over budget:\n  - ${problems.join("\n  - ")}`);
