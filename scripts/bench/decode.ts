// Paste-box figures: decode and redaction time for pastes of 1 KB to 10 MB. Prints; asserts nothing.
import { loadCatalogue } from "../../lib/content/load";
import { toDecodeCatalogue } from "../../lib/decode/catalogue";
import { decodePaste } from "../../lib/decode/decode";
import { redactSecrets } from "../../lib/decode/redact";
import { type SummaryRow, ms, percentile, printTable, timeRuns } from "./stats";

const RESPONSE = [
  "HTTP/1.1 400 Bad Request",
  "Content-Type: application/json",
  "X-TIMESTAMP: 2025-03-01T10:15:30+07:00",
  "",
  '{"responseCode":"4002702","responseMessage":"Invalid Mandatory Field {partnerServiceId}","virtualAccountData":{"partnerServiceId":"","customerNo":"00000000000001","virtualAccountNo":"00000000000001","trxId":"INV-2025-0001"}}',
].join("\n");
const LOG_LINE = `2025-03-01 10:15:31 INFO create-va X-EXTERNAL-ID=41807553358950093184 Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc duration=20ms user=someone@example.com\n`;

/** A paste of about `bytes`: one real response, then application log lines, as pasted from a log viewer. */
function pasteOf(bytes: number): string {
  if (bytes <= RESPONSE.length) return RESPONSE;
  return RESPONSE + "\n" + LOG_LINE.repeat(Math.ceil((bytes - RESPONSE.length) / LOG_LINE.length));
}

export function benchDecode(): SummaryRow[] {
  const content = loadCatalogue();
  const catalogue = toDecodeCatalogue(content);
  const sizes = [
    ["1 KB", 1_024, 50],
    ["100 KB", 100 * 1_024, 20],
    ["1 MB", 1_024 * 1_024, 10],
    ["10 MB", 10 * 1_024 * 1_024, 5],
  ] as const;
  const timings = sizes.map(([label, bytes, runs]) => {
    const paste = pasteOf(bytes);
    return { label, runs, decode: timeRuns(() => decodePaste(paste, catalogue), runs, 2), redact: timeRuns(() => redactSecrets(paste), runs, 2) };
  });
  printTable(
    "Paste-box: decode (target: 1 MB under 50 ms) and secret redaction before a share link, median and worst of N runs",
    ["paste", "runs", "decode p50 ms", "decode max ms", "redact p50 ms", "redact max ms"],
    timings.map(({ label, runs, decode, redact }) => [label, runs, ms(percentile(decode, 50)), ms(decode.at(-1) ?? 0), ms(percentile(redact, 50)), ms(redact.at(-1) ?? 0)]),
  );
  return timings.map(({ label, decode, redact }) => [
    "paste-box",
    `decode / redact p50, ${label} paste`,
    `${ms(percentile(decode, 50))} / ${ms(percentile(redact, 50))} ms`,
    label === "1 MB" ? "decode < 50 ms" : "",
  ]);
}
