// The Markdown note a support agent pastes into a ticket: what each code means, who acts, what to do, whether to
// retry, the identifiers, and the permalinks. Built from the decoded result only, never from the pasted body. A share
// link restores someone else's paste, so the note is inert: every value from the paste (codes, fields, messages,
// identifiers, the status line's reason) is redacted like a share link's, then put in a code span sized to its
// backtick runs; our own words are escaped. Every line starts with our own text, so nothing pasted can start a
// heading, a quote, a list or a table.
import { DECODE_STRINGS, type DecodeStrings } from "../i18n/decode";
import type { Locale } from "../i18n/locale";
import type { FactNote } from "../snap/explain-code";
import { type CodeRow, codeTableMarkdown } from "./code-table";
import type { DecodeResult, Finding } from "./decode";
import { entryOf } from "./findings";
import { messageKeyOf } from "./finding-fields";
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
  /** The note's language (our words; values from the paste stay as they are). English by default. */
  locale?: Locale;
}

/** Longer values are cut in the note, saying how much was left out. */
const MAX_VALUE_CHARS = 500;


/** `absoluteUrl` turns a site path such as "/snap/4012400/" into a full link. */
export function triageNote(result: DecodeResult, absoluteUrl: (path: string) => string, context: TriageContext = {}): string {
  const locale = context.locale ?? "en";
  const says = DECODE_STRINGS[locale];
  const note = says.note;
  const redactions: Redaction[] = [];
  /** A value from the paste: redacted, cut, in a code span. */
  const quote = (redaction: Redaction) => {
    redactions.push(redaction);
    const { text } = redaction;
    return text.length <= MAX_VALUE_CHARS ? codeSpan(text) : `${codeSpan(text.slice(0, MAX_VALUE_CHARS))} ${note.notShown(text.length - MAX_VALUE_CHARS)}`;
  };
  /** Our own words about the paste (a warning, a detail): they may name a code, so they are redacted too. */
  const ours = (text: string) => {
    const redaction = redactSecrets(text);
    redactions.push(redaction);
    return markdownText(redaction.text);
  };

  const lines: string[] = [note.heading, ""];
  const total = context.total ?? result.responses.length;
  if (context.rows) lines.push(markdownText(decodeSummary(context.rows, total, locale)), "");
  if (context.rows && (total > 1 || context.rows.length > 1)) {
    // Codes from the paste are quoted as code inside the table; the rest is ours.
    lines.push(note.codesHeading, "", codeTableMarkdown(context.rows, absoluteUrl, locale), "");
    if (total > result.responses.length) lines.push(markdownText(note.firstOf(result.responses.length, total)), "");
  }
  const request = result.responses.find((response) => response.request)?.request;
  if (request) lines.push(`${note.request}: ${quote(redactSecrets(`${request.method} ${request.target}`))}`, "");
  result.responses.forEach((response, index) => {
    const reason = response.http?.reason ? ` ${quote(redactSecrets(response.http.reason))}` : "";
    if (result.responses.length > 1) lines.push(`${note.response(index + 1)}${response.http ? ` (HTTP ${response.http.status}${reason})` : ""}`, "");
    else if (response.http) lines.push(`${note.httpStatus}: ${response.http.status}${reason}`, "");
    for (const finding of response.findings) lines.push(...findingLines(finding, absoluteUrl, quote, ours, says), "");
    for (const warning of response.warnings) lines.push(`> ⚠ ${ours(warning)}`, "");
  });
  if (result.responses.every((response) => response.findings.length === 0)) lines.push(note.nothingFound, "");
  if (result.identifiers.length > 0 || result.environment) {
    lines.push(note.identifiers, "");
    if (result.environment) lines.push(`- ${note.environment}: ${result.environment}`);
    // One line per value: X-Request-Id and Request-Id holding the same id are one identifier with two names.
    const byValue = new Map<string, string[]>();
    for (const { label, value } of result.identifiers) byValue.set(value, [...(byValue.get(value) ?? []), label]);
    for (const [value, labels] of byValue) lines.push(`- ${labels.map((label) => codeSpan(label)).join(" / ")}: ${quote(redactFieldValue(labels[0] ?? "", value))}`);
    lines.push("");
  }
  if (context.support) {
    const sources = context.support.sources.map((source) => `${markdownText(source.title)} <${source.url}>`).join("; ");
    lines.push(note.support, "", `${markdownText(context.support.text)} (${note.source}: ${sources})`, "");
  }
  const removed = sumRemoved(redactions.map((redaction) => redaction.removed));
  const masked = removed.length > 0 ? note.masked(removed.map((item) => `${item.count} × ${says.secretLabels[item.kind]}`)) : "";
  lines.push(note.footer(markdownText(masked)));
  return lines.join("\n") + "\n";
}

function findingLines(finding: Finding, absoluteUrl: (path: string) => string, quote: (redaction: Redaction) => string, ours: (text: string) => string, says: DecodeStrings): string[] {
  const note = says.note;
  const entry = entryOf(finding);
  const kind = `${finding.kind === "other-provider" ? `${finding.provider}: ` : ""}${says.kinds[finding.kind]}`;
  const lines = [`- **${note.code}:** ${quote(redactFieldValue(finding.field, finding.code))} ${note.in} ${codeSpan(finding.field)} (${markdownText(kind)})`];
  if (finding.message !== undefined) lines.push(`- **${note.message}:** ${quote(redactFieldValue(messageKeyOf(finding.field), finding.message))}`);
  if (entry) {
    lines.push(`- **${note.meaning}:** ${markdownText(`${entry.title}. ${entry.summary}`)}`);
    if ("detail" in finding && finding.detail) lines.push(`- **${note.detail}:** ${quote(redactSecrets(finding.detail))}`);
    if (entry.whoActs.length > 0) lines.push(`- **${note.whoMustAct}:** ${markdownText(entry.whoActs.join(", "))}`);
    if (entry.nextStep) lines.push(`- **${note.nextStep}:** ${markdownText(entry.nextStep)}`);
    lines.push(`- **${note.safeToRetry}:** ${markdownText(`${entry.retry.label}. ${entry.retry.reason}`)}`);
    lines.push(`- **${note.reference}:** ${absoluteUrl(entry.url)}`);
  } else if (finding.kind === "malformed") {
    lines.push(`- **${note.problems}:** ${quote(redactSecrets(finding.problems.join(" ")))}`);
  }
  for (const factNote of finding.notes) lines.push(`- **${note.noteLabel}:** ${ours(factNote.text)}`);
  return lines;
}
