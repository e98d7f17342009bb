// What every script built for the browser shares (the islands, their workers, the service worker): bundled and
// minified by esbuild, for the browsers Next.js 16 supports.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const BROWSER_BUILD = {
  absWorkingDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.."),
  bundle: true,
  platform: "browser",
  target: ["chrome111", "edge111", "firefox111", "safari16.4"],
  minify: true,
  legalComments: "none",
  logLevel: "warning",
};
