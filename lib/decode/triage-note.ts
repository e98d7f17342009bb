// The Markdown note a support agent pastes into a ticket: what each code means, who acts, what to do, whether to
// retry, the identifiers, and the permalinks. Built from the decoded result only, never from the pasted body. A share
// link restores someone else's paste, so the note is inert: every value from the paste (codes, fields, messages,
// identifiers, the status line's reason) is redacted like a share link's, then put in a code span sized to its
// backtick runs; our own words are escaped. Every line starts with our own text, so nothing pasted can start a
// heading, a quote, a list or a table.
import type { FactNote } from "../snap/explain-code";
import { type CodeRow, codeTableMarkdown } from "./code-table";
import type { DecodeResult, Finding } from "./decode";
import { entryOf } from "./findings";
import { messageKeyOf } from "./finding-fields";
import { FINDING_KIND_LABELS } from "./finding-kinds";
import { codeSpan, markdownText } from "./inert-markdown";
import { type Redaction, redactFieldValue, redactSecrets, sumRemoved } from "./redact";
import { decodeSummary } from "./summary";

/** What the note can add beyond the result: the code table of a paste with many responses, and how to reach DOKU. */
export interface TriageContext {
  /** summariseCodes of the whole paste; `total` its number of responses (result.responses may hold the first only). */
  rows?: readonly CodeRow[];
  total?: number;
  /** DOKU's support channels, a note of content/doku-facts.yaml with its sources. */
  support?: FactNote;
}

/** Longer values are cut in the note, saying how much was left out. */
const MAX_VALUE_CHARS = 500;


/** `absoluteUrl` turns a site path such as "/snap/4012400/" into a full link. */
export function triageNote(result: DecodeResult, absoluteUrl: (path: string) => string, context: TriageContext = {}): string {
  const redactions: Redaction[] = [];
  /** A value from the paste: redacted, cut, in a code span. */
  const quote = (redaction: Redaction) => {
    redactions.push(redaction);
    const { text } = redaction;
    return text.length <= MAX_VALUE_CHARS ? codeSpan(text) : `${codeSpan(text.slice(0, MAX_VALUE_CHARS))} (${text.length - MAX_VALUE_CHARS} more characters not shown)`;
  };
  /** Our own words about the paste (a warning, a detail): they may name a code, so they are redacted too. */
  const ours = (text: string) => {
    const redaction = redactSecrets(text);
    redactions.push(redaction);
    return markdownText(redaction.text);
  };

  const lines: string[] = ["### DOKU error triage", ""];
  const total = context.total ?? result.responses.length;
  if (context.rows) lines.push(markdownText(decodeSummary(context.rows, total)), "");
  if (context.rows && (total > 1 || context.rows.length > 1)) {
    // Codes from the paste are quoted as code inside the table; the rest is ours.
    lines.push("**Codes in this paste**", "", codeTableMarkdown(context.rows, absoluteUrl), "");
    if (total > result.responses.length) lines.push(markdownText(`The first ${result.responses.length} of ${total} responses follow.`), "");
  }
  const request = result.responses.find((response) => response.request)?.request;
  if (request) lines.push(`Request: ${quote(redactSecrets(`${request.method} ${request.target}`))}`, "");
  result.responses.forEach((response, index) => {
    const reason = response.http?.reason ? ` ${quote(redactSecrets(response.http.reason))}` : "";
    if (result.responses.length > 1) lines.push(`**Response ${index + 1}**${response.http ? ` (HTTP ${response.http.status}${reason})` : ""}`, "");
    else if (response.http) lines.push(`HTTP status: ${response.http.status}${reason}`, "");
    for (const finding of response.findings) lines.push(...findingLines(finding, absoluteUrl, quote, ours), "");
    for (const warning of response.warnings) lines.push(`> ⚠ ${ours(warning)}`, "");
  });
  if (result.responses.every((response) => response.findings.length === 0)) lines.push("No DOKU code found in the response.", "");
  if (result.identifiers.length > 0 || result.environment) {
    lines.push("**Identifiers**", "");
    if (result.environment) lines.push(`- Environment: ${result.environment}`);
    // One line per value: X-Request-Id and Request-Id holding the same id are one identifier with two names.
    const byValue = new Map<string, string[]>();
    for (const { label, value } of result.identifiers) byValue.set(value, [...(byValue.get(value) ?? []), label]);
    for (const [value, labels] of byValue) lines.push(`- ${labels.map((label) => codeSpan(label)).join(" / ")}: ${quote(redactFieldValue(labels[0] ?? "", value))}`);
    lines.push("");
  }
  if (context.support) {
    const sources = context.support.sources.map((source) => `${markdownText(source.title)} <${source.url}>`).join("; ");
    lines.push("**Reaching DOKU support**", "", `${markdownText(context.support.text)} (Source: ${sources})`, "");
  }
  const removed = sumRemoved(redactions.map((redaction) => redaction.removed));
  const masked = removed.length > 0 ? `Masked automatically: ${removed.map((item) => `${item.count} × ${item.label}`).join(", ")}. ` : "";
  lines.push(`_Values from the response are quoted as code. ${markdownText(masked)}Automatic masking can miss things: read the note before you send it._`);
  return lines.join("\n") + "\n";
}

function findingLines(finding: Finding, absoluteUrl: (path: string) => string, quote: (redaction: Redaction) => string, ours: (text: string) => string): string[] {
  const entry = entryOf(finding);
  const kind = `${finding.kind === "other-provider" ? `${finding.provider}: ` : ""}${FINDING_KIND_LABELS[finding.kind]}`;
  const lines = [`- **Code:** ${quote(redactFieldValue(finding.field, finding.code))} in ${codeSpan(finding.field)} (${markdownText(kind)})`];
  if (finding.message !== undefined) lines.push(`- **Message:** ${quote(redactFieldValue(messageKeyOf(finding.field), finding.message))}`);
  if (entry) {
    lines.push(`- **Meaning:** ${markdownText(`${entry.title}. ${entry.summary}`)}`);
    if ("detail" in finding && finding.detail) lines.push(`- **Detail:** ${quote(redactSecrets(finding.detail))}`);
    if (entry.whoActs.length > 0) lines.push(`- **Who must act:** ${markdownText(entry.whoActs.join(", "))}`);
    if (entry.nextStep) lines.push(`- **Next step:** ${markdownText(entry.nextStep)}`);
    lines.push(`- **Safe to retry:** ${markdownText(`${entry.retry.label}. ${entry.retry.reason}`)}`);
    lines.push(`- **Reference:** ${absoluteUrl(entry.url)}`);
  } else if (finding.kind === "malformed") {
    lines.push(`- **Problems:** ${quote(redactSecrets(finding.problems.join(" ")))}`);
  }
  for (const note of finding.notes) lines.push(`- **Note:** ${ours(note.text)}`);
  return lines;
}
