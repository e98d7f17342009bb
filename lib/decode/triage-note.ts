// The Markdown note a support agent pastes into a ticket: what each code means, who acts, what to do, whether to
// retry, the identifiers, and the permalinks. Built from the decoded result only, never from the pasted body, and
// passed through the secret redactor once more in case an identifier field held something personal.
import { type DecodeResult, type Finding, entryOf } from "./decode";
import { FINDING_KIND_LABELS } from "./finding-kinds";
import { redactSecrets } from "./redact";

/** `absoluteUrl` turns a site path such as "/snap/4012400/" into a full link. */
export function triageNote(result: DecodeResult, absoluteUrl: (path: string) => string): string {
  const lines: string[] = ["### DOKU error triage", ""];
  result.responses.forEach((response, index) => {
    if (result.responses.length > 1) lines.push(`**Response ${index + 1}**${response.http ? ` (HTTP ${response.http.status})` : ""}`, "");
    else if (response.http) lines.push(`HTTP status: ${response.http.status}${response.http.reason ? ` ${response.http.reason}` : ""}`, "");
    for (const finding of response.findings) lines.push(...findingLines(finding, absoluteUrl), "");
    for (const warning of response.warnings) lines.push(`> ⚠ ${warning}`, "");
  });
  if (result.responses.every((response) => response.findings.length === 0)) lines.push("No DOKU code found in the response.", "");
  if (result.identifiers.length > 0 || result.environment) {
    lines.push("**Identifiers**", "");
    if (result.environment) lines.push(`- Environment: ${result.environment}`);
    for (const { label, value } of result.identifiers) lines.push(`- ${label}: \`${value.replace(/`/g, "'")}\``);
    lines.push("");
  }
  return redactSecrets(lines.join("\n").trimEnd() + "\n").text;
}

function findingLines(finding: Finding, absoluteUrl: (path: string) => string): string[] {
  const entry = entryOf(finding);
  const head = `- **Code:** \`${finding.code}\` in \`${finding.field}\` (${finding.kind === "other-provider" ? `${finding.provider}: ` : ""}${FINDING_KIND_LABELS[finding.kind]})`;
  const lines = [head];
  if (finding.message) lines.push(`- **Message:** ${finding.message}`);
  if (entry) {
    lines.push(`- **Meaning:** ${entry.title}. ${entry.summary}`);
    if ("detail" in finding && finding.detail) lines.push(`- **Detail:** ${finding.detail}`);
    if (entry.whoActs.length > 0) lines.push(`- **Who must act:** ${entry.whoActs.join(", ")}`);
    if (entry.nextStep) lines.push(`- **Next step:** ${entry.nextStep}`);
    lines.push(`- **Safe to retry:** ${entry.retry.label}. ${entry.retry.reason}`);
    lines.push(`- **Reference:** ${absoluteUrl(entry.url)}`);
  } else if (finding.kind === "malformed") {
    lines.push(`- **Problems:** ${finding.problems.join(" ")}`);
  }
  for (const note of finding.notes) lines.push(`- **Note:** ${note.text}`);
  return lines;
}
