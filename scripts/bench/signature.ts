// Signature check figures: the verdict time for a 10 kB request with the whole variant search (no mistake reproduces
// the signature, so every candidate is tried), in Node's Web Crypto; and the /signature/ page's JS when out/ is built.
// Prints; asserts nothing. The browser figure (debounce included) is measured by e2e/signature.spec.ts.
import crypto from "node:crypto";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { checkSignature } from "../../lib/signature/check-signature";
import { firstLoadJs } from "../first-load-js.mjs";
import { type SummaryRow, ms, percentile, printTable } from "./stats";

const secret = "sk-sandbox-bench-0001";
const token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJNQ0gtMDAwMSJ9.c2lnbmF0dXJl";
const timestamp = "2026-11-30T15:04:05+07:00";

/** A SNAP create-VA request with a pretty-printed body of about `bytes`, signed with another secret. */
function requestOf(bytes: number): string {
  const items: unknown[] = [];
  let body = "";
  while (body.length < bytes) {
    items.push({ name: `Item ${items.length} with a name`, price: "10000.00", note: "café / kopi" });
    body = JSON.stringify({ partnerServiceId: "  888994", customerNo: "00000000000001", items }, null, 2);
  }
  const signature = crypto.createHmac("sha512", "another-secret").update("x").digest("base64");
  return [
    "POST /virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va?lang=id HTTP/1.1",
    "Host: api-sandbox.doku.com",
    "Content-Type: application/json",
    `Authorization: Bearer ${token}`,
    `X-TIMESTAMP: ${timestamp}`,
    `X-SIGNATURE: ${signature}`,
    "X-PARTNER-ID: MCH-0001",
    "X-EXTERNAL-ID: 41807553358950093184",
    "CHANNEL-ID: H2H",
    "",
    body,
  ].join("\n");
}

async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return durations.sort((a, b) => a - b);
}

export async function benchSignature(): Promise<SummaryRow[]> {
  const sizes = [
    ["1 kB", 1_024, 50],
    ["10 kB", 10 * 1_024, 50],
    ["100 kB", 100 * 1_024, 20],
    ["1 MB", 1_000_000 - 2_000, 5],
  ] as const;
  const rows: (string | number)[][] = [];
  const summary: SummaryRow[] = [];
  for (const [label, bytes, runs] of sizes) {
    const request = requestOf(bytes);
    let tried = 0;
    const durations = await timeAsync(async () => {
      const report = await checkSignature({ request, secret });
      if (report.kind === "checked" && report.verdict.kind === "no-mistake-found") tried = report.verdict.tried;
    }, runs);
    rows.push([label, runs, tried, ms(percentile(durations, 50)), ms(percentile(durations, 95)), ms(durations.at(-1) ?? 0)]);
    if (label === "10 kB") summary.push(["signature", "verdict, 10 kB request, full variant search (p50 / p95)", `${ms(percentile(durations, 50))} / ${ms(percentile(durations, 95))} ms`, "< 100 ms with the 25 ms debounce"]);
  }
  printTable("Signature check: verdict time with the whole variant search (Node Web Crypto; no mistake matches, so all are tried)", ["request", "runs", "mistakes tried", "p50 ms", "p95 ms", "max ms"], rows);

  if (fs.existsSync("out/signature/index.html")) {
    const { scripts, bytes, atLoad } = firstLoadJs("out", "signature/index.html");
    const code = firstLoadJs("out", "snap/401xx00/index.html");
    printTable("Signature page JS (gzip, from out/)", ["page", "scripts", "all kB", "at load kB", "more than a code page kB"], [
      ["/signature/", scripts, (bytes / 1024).toFixed(1), (atLoad.bytes / 1024).toFixed(1), ((bytes - code.bytes) / 1024).toFixed(1)],
    ]);
    summary.push(["signature", "/signature/ JS, gzip (all / at load)", `${(bytes / 1024).toFixed(1)} / ${(atLoad.bytes / 1024).toFixed(1)} kB`, ""]);
  } else {
    console.log("\n(out/ is not built: run npm run build for the /signature/ page's JS size)");
  }
  return summary;
}
