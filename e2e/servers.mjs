// Serves the two exports the e2e tests run against: out/ at the root, and the base-path build under its sub-path.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { startStaticServer } from "../scripts/static-server.mjs";

// Overridable so two checkouts on one machine can run their e2e tests side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_BASE_PATH_PORT = Number(process.env.E2E_BASE_PATH_PORT ?? E2E_PORT + 1);
/** The port of e2e/offline.spec.ts's own server, which it deploys to. */
export const E2E_DEPLOY_PORT = Number(process.env.E2E_DEPLOY_PORT ?? E2E_PORT + 2);
export const E2E_BASE_PATH = "/doku-errors";
export const BASE_PATH_OUT_DIR = ".tmp/out-base-path";

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await startStaticServer({ root: "out", port: E2E_PORT });
  if (fs.existsSync(BASE_PATH_OUT_DIR)) {
    await startStaticServer({ root: BASE_PATH_OUT_DIR, port: E2E_BASE_PATH_PORT, basePath: E2E_BASE_PATH });
  }
  console.log(`e2e servers: http://127.0.0.1:${E2E_PORT}/ and http://127.0.0.1:${E2E_BASE_PATH_PORT}${E2E_BASE_PATH}/`);
}
