// The one gate (npm test): lint, types, unit tests, builds, link checks and e2e tests, then "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { ensureChromium } from "./ensure-chromium.mjs";
import { BASE_PATH_OUT_DIR, E2E_BASE_PATH } from "../e2e/servers.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const results = [];
let passed = 0;
let failed = 0;

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const ok = status === 0;
  results.push(`${ok ? "✔" : "✘"} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A step that is one check: counts as one pass or one failure. */
function step(label, command, args, extraEnv) {
  const ok = run(label, command, args, extraEnv);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

/** A test runner: counts its tests from its JSON report, or one failure when it produced none. */
function runner(label, command, args, reportFile, count) {
  fs.rmSync(reportFile, { force: true });
  const ok = run(label, command, args);
  const counts = fs.existsSync(reportFile) ? count(JSON.parse(fs.readFileSync(reportFile, "utf8"))) : undefined;
  if (!counts || counts.passed + counts.failed === 0) {
    failed += 1;
    results.push(`  ${label}: no test report (${reportFile})`);
    return false;
  }
  passed += counts.passed;
  failed += counts.failed;
  return ok && counts.failed === 0;
}

function finish() {
  console.log(`\n${results.join("\n")}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

fs.mkdirSync(".tmp", { recursive: true });

if (process.env.CI) {
  // npm ci cannot work on this registry (see README); npm install must leave the lock file as committed.
  step("lock file unchanged by npm install", "git", ["diff", "--exit-code", "--stat", "package-lock.json"]);
}
step("lint", "npx", ["eslint", "."]);
step("types", "sh", ["-c", "npx next typegen && npx tsc --noEmit"]);
runner("unit tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=.tmp/vitest.json"], ".tmp/vitest.json", (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests,
}));

step("command line: npm pack installs and runs elsewhere", "node", ["scripts/cli/check-pack.mjs"]);

// The sub-path build comes first; its out/ is moved aside, then the root build takes out/.
const builtBasePath = step(`build under ${E2E_BASE_PATH}`, "npm", ["run", "build"], { BASE_PATH: E2E_BASE_PATH });
if (builtBasePath) {
  fs.rmSync(BASE_PATH_OUT_DIR, { recursive: true, force: true });
  fs.renameSync("out", BASE_PATH_OUT_DIR);
  step(`links under ${E2E_BASE_PATH}`, "node", ["scripts/check-links.mjs", BASE_PATH_OUT_DIR, E2E_BASE_PATH]);
}
const built = step("build", "npm", ["run", "build"]);
if (!built) finish();
step("links", "node", ["scripts/check-links.mjs", "out"]);

try {
  env.CHROMIUM_PATH ??= ensureChromium();
} catch (error) {
  console.error(String(error));
}
runner("end-to-end tests", "npx", ["playwright", "test"], ".tmp/playwright.json", (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected,
}));
finish();
