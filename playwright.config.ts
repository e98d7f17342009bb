import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/ensure-chromium.mjs";
import { E2E_BASE_PATH, E2E_BASE_PATH_PORT, E2E_PORT } from "./e2e/servers.mjs";

// Debian's Chromium (or CHROMIUM_PATH); machines with Playwright's bundled browser can leave both unset.
const executablePath = chromiumPath();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // The JSON report is read by scripts/check.mjs for the closing "N passed, N failed" line.
  reporter: [["list"], ["json", { outputFile: ".tmp/playwright.json" }]],
  use: {
    ...devices["Desktop Chrome"],
    trace: "retain-on-failure",
    // The service worker precaches the whole site after each first visit; only e2e/offline.spec.ts needs it.
    serviceWorkers: "block",
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "site", testIgnore: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${E2E_PORT}` } },
    { name: "base-path", testMatch: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${E2E_BASE_PATH_PORT}${E2E_BASE_PATH}/` } },
  ],
  webServer: {
    command: "node e2e/servers.mjs",
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
  },
});
