// Figures of the built out/: the service worker's precache; measured in the browser: first use on a slow phone (CPU 4× slower), a day's log in the
// paste-box at the machine's own speed, and the JavaScript each page type loads. Needs `npm run build` first.
// Prints; asserts nothing.
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { mixedLog } from "../../lib/decode/fixtures/logs/mixed-log";
import { CHROMIUM_ARGS, chromiumPath, ensureChromium } from "../ensure-chromium.mjs";
import { firstLoadJs } from "../first-load-js.mjs";
import { FIRST_USE_TARGETS, measureFirstUse, measureLogTable } from "../first-use.mjs";
import { SERVICE_WORKERS, precacheList } from "../postbuild/service-worker.mjs";
import { startStaticServer } from "../static-server.mjs";
import { type SummaryRow, ms, printTable } from "./stats";

const PORT = Number(process.env.BENCH_PORT ?? 4181);
/** A log of about 5 MB (issue 15: its table within 1 s). */
const LOG_LINES = 85_000;
const LOG_TARGET_MS = 1_000;

const PAGE_TYPES = [
  ["home", "index.html"],
  ["seed code page", "errors/invalid-parameter/index.html"],
  ["SNAP case page", "snap/401xx00/index.html"],
  ["guide", "guides/doku-notes/index.html"],
  ["paste-box", "decode/index.html"],
  ["signature check", "signature/index.html"],
  ["404", "404.html"],
] as const;

export async function benchBrowser(): Promise<SummaryRow[]> {
  if (!fs.existsSync("out/index.html")) {
    console.log("\nbench browser: out/ is missing; run `npm run build` first. Section skipped.");
    return [["browser", "skipped: out/ missing", "", ""]];
  }
  const summary: SummaryRow[] = [];
  printTable(
    "JavaScript per page type (gzip): what runs at load, and everything the page may load (search at idle, the paste-box's engine on use)",
    ["page type", "scripts", "kB at load", "kB in all"],
    PAGE_TYPES.map(([label, file]) => {
      const { scripts, bytes, atLoad } = firstLoadJs("out", file);
      summary.push(["JavaScript", label, `${(atLoad.bytes / 1024).toFixed(1)} kB at load, ${(bytes / 1024).toFixed(1)} kB in all`, "≤ 150 kB"]);
      return [label, scripts, (atLoad.bytes / 1024).toFixed(1), (bytes / 1024).toFixed(1)];
    }),
  );

  const rows: (string | number)[][] = [];
  for (const worker of SERVICE_WORKERS) {
    const precache = await precacheList("out", worker);
    const pages = precache.entries.filter((entry) => entry.url.endsWith(".html")).length;
    rows.push([worker.file, precache.count, pages, (precache.bytes / 1_000_000).toFixed(2), (precache.gzipBytes / 1_000_000).toFixed(2)]);
    summary.push(["offline", `precache after the first visit (${worker.locale})`, `${precache.count} files (${pages} pages), ${(precache.gzipBytes / 1_000_000).toFixed(2)} MB gzip`, ""]);
  }
  printTable(
    "Offline: what a language's service worker fetches in the background after the first visit (each file gzipped, as a host sends it)",
    ["worker", "files", "of them pages", "MB", "MB gzip"],
    rows,
  );

  const executablePath = process.env.CHROMIUM_PATH ?? (chromiumPath() || ensureChromium());
  const server = await startStaticServer({ root: "out", port: PORT });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const firstUse = await measureFirstUse(browser, base);
    printTable(
      "First use on a slow phone (CPU 4× slower, cold cache), ms from the reader's action to the answer on screen, median of 5",
      ["action", "page settled", "at once after load", "target (settled)"],
      [
        ["search: a code typed ⇒ first result", ms(firstUse.search.settled), ms(firstUse.search.atLoad), `≤ ${FIRST_USE_TARGETS.searchMs}`],
        ["paste: a response, after a tap into the box ⇒ its explanation", ms(firstUse.paste.settled), ms(firstUse.paste.atLoad), `≤ ${FIRST_USE_TARGETS.pasteMs}`],
        ["paste with no tap before (dropped text) ⇒ the paste-box started and its explanation", ms(firstUse.paste.untapped), "", ""],
      ],
    );
    summary.push(["first use (4× CPU)", "search ⇒ first result", `${ms(firstUse.search.settled)} ms (${ms(firstUse.search.atLoad)} at once)`, `≤ ${FIRST_USE_TARGETS.searchMs} ms`]);
    summary.push(["first use (4× CPU)", "paste ⇒ explanation", `${ms(firstUse.paste.settled)} ms (${ms(firstUse.paste.atLoad)} at once)`, `≤ ${FIRST_USE_TARGETS.pasteMs} ms`]);

    const log = mixedLog(LOG_LINES);
    const { tableMs, longestTaskMs } = await measureLogTable(browser, base, log.text);
    const size = `${(log.text.length / 1_000_000).toFixed(1)} MB, ${log.lines.toLocaleString("en")} lines`;
    printTable(
      "A day's log pasted into the paste-box (this machine's CPU), median of 3",
      ["log", "ms to the code table", "longest main-thread task ms", "target"],
      [[size, ms(tableMs), ms(longestTaskMs), `≤ ${LOG_TARGET_MS} ms`]],
    );
    summary.push(["paste-box", `log of ${size} ⇒ code table`, `${ms(tableMs)} ms (longest task ${ms(longestTaskMs)} ms)`, `≤ ${LOG_TARGET_MS} ms`]);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return summary;
}
