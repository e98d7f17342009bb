// Makes sure a Chromium for the end-to-end tests exists: Debian's package, installed with apt-get when missing.
import { execSync } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless Chromium run as root on a machine that must reach nothing but the site under test. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** The browser Playwright should launch: CHROMIUM_PATH if set, else Debian's, else none (Playwright's own). */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : undefined;
}

export function ensureChromium() {
  if (chromiumPath()) return chromiumPath();
  if (process.platform !== "linux" || !fs.existsSync("/usr/bin/apt-get")) {
    throw new Error("No Chromium found. Install one, or set CHROMIUM_PATH to a Chromium or Chrome binary.");
  }
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  console.log("Installing Debian's chromium for the end-to-end tests (about 30 s)…");
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: "inherit" });
  if (!fs.existsSync(DEFAULT_CHROMIUM)) throw new Error(`apt-get finished but ${DEFAULT_CHROMIUM} is missing.`);
  return DEFAULT_CHROMIUM;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Chromium: ${ensureChromium()}`);
}
