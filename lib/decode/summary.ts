// The one line a screen reader hears after a decode (the explanation itself stays on the page to be read at will):
// e.g. "2 codes explained: 4017300, 4012701". Plain text; codes from the paste are cut to a readable length.
import type { DecodeResult } from "./decode";

const MAX_NAMED = 5;

export function decodeSummary(result: DecodeResult): string {
  const counts = new Map<string, number>();
  for (const response of result.responses) {
    for (const code of new Set(response.findings.map((finding) => (finding.kind === "http-status" ? `HTTP ${finding.code}` : finding.kind === "network" ? `curl ${finding.code}` : finding.code)))) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return "No DOKU code found in this paste.";
  const named = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_NAMED);
  const list = named.map(([code, count]) => `${code.slice(0, 24)}${count > 1 ? ` ×${count}` : ""}`).join(", ");
  const more = counts.size > MAX_NAMED ? `, and ${counts.size - MAX_NAMED} more` : "";
  const codes = `${counts.size} code${counts.size === 1 ? "" : "s"}`;
  return result.responses.length > 1 ? `${result.responses.length.toLocaleString("en")} responses, ${codes}: ${list}${more}.` : `${codes} explained: ${list}${more}.`;
}
