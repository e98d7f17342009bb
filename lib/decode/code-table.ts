// "Codes in this paste": one row per distinct code of a decoded paste (a whole log, usually), with how often it
// occurs, when, and what it means; as data for the page, as Markdown for a ticket and as CSV for a spreadsheet.
import type { Outcome, RETRY_VERDICTS } from "../content/vocabulary";
import type { DecodeResult, Finding } from "./decode";
import { entryOf, expectedStatus } from "./findings";
import { DECODE_STRINGS } from "../i18n/decode";
import type { Locale } from "../i18n/locale";
import { tableCodeSpan, tableText } from "./inert-markdown";
import { redactSecrets } from "./redact";

export interface CodeRow {
  /** What makes two findings one row, e.g. "snap:4012400", "http:502", "curl:28". */
  key: string;
  /** The code as a reader names it: "4012400", "INVALID_TOKEN", "HTTP 502", "curl 28". */
  code: string;
  kind: Finding["kind"];
  /** Responses that carry it: each counts once, however many of its fields repeat the code. */
  count: number;
  /** Timestamps of its first and last response in the paste, as written, when its lines carry one. */
  firstSeen?: string;
  lastSeen?: string;
  /** The HTTP status its source gives it (INVALID_PARAMETER ⇒ 400), or the status line's own for an HTTP-only answer. */
  httpStatus?: number;
  /** Status lines seen with it that disagree with httpStatus. */
  otherStatuses: number[];
  meaning: string;
  outcome?: Outcome;
  whoActs: string[];
  retry?: { safe: (typeof RETRY_VERDICTS)[number]; label: string };
  /** Its page, site-relative. */
  url?: string;
  /** Indexes into result.responses, in paste order. */
  responses: number[];
}

/** `locale`: the language of the row's meaning for a code without a page (an entry's title is the catalogue's). */
export function summariseCodes(result: DecodeResult, locale: Locale = "en"): CodeRow[] {
  const rows = new Map<string, CodeRow>();
  result.responses.forEach((response, index) => {
    const counted = new Set<string>();
    for (const finding of response.findings) {
      const key = rowKey(finding);
      if (counted.has(key)) continue;
      counted.add(key);
      const row = rows.get(key) ?? newRow(key, finding, locale);
      rows.set(key, row);
      row.count++;
      row.responses.push(index);
      if (response.timestamp) {
        row.firstSeen ??= response.timestamp;
        row.lastSeen = response.timestamp;
      }
      const status = response.http?.status;
      if (status !== undefined && row.httpStatus !== undefined && status !== row.httpStatus && !row.otherStatuses.includes(status)) row.otherStatuses.push(status);
    }
  });
  return [...rows.values()].sort((a, b) => b.count - a.count || a.responses[0]! - b.responses[0]!);
}

/** Findings that explain the same thing share a row: the same code, however it was written. */
function rowKey(finding: Finding): string {
  switch (finding.kind) {
    case "http-status":
      return `http:${finding.status}`;
    case "network":
      return `curl:${finding.code}`;
    case "documented":
    case "composed":
    case "malformed":
    case "unknown":
    case "checkout":
    case "other-provider":
      return `${finding.kind === "other-provider" ? finding.provider : "code"}:${finding.code.toUpperCase()}`;
  }
}

function newRow(key: string, finding: Finding, locale: Locale): CodeRow {
  const says = DECODE_STRINGS[locale];
  const entry = entryOf(finding);
  const status = finding.kind === "http-status" ? finding.status : expectedStatus(finding);
  // A code no page knows is a piece of the paste, and a paste can hold anything: a card number in response_code.
  const code = entry ? finding.code : redactSecrets(finding.code).text;
  return {
    key,
    code: finding.kind === "http-status" ? `HTTP ${code}` : finding.kind === "network" ? `curl ${code}` : code,
    kind: finding.kind,
    count: 0,
    ...(status !== undefined ? { httpStatus: status } : {}),
    otherStatuses: [],
    meaning: entry ? entry.title : finding.kind === "other-provider" ? says.table.otherProvider(finding.provider) : says.kinds[finding.kind],
    ...(entry ? { outcome: entry.outcome, retry: { safe: entry.retry.safe, label: entry.retry.label }, url: entry.url } : {}),
    whoActs: entry?.whoActs ?? [],
    responses: [],
  };
}

function cells(row: CodeRow, absoluteUrl: (path: string) => string, locale: Locale): string[] {
  return [
    row.code,
    String(row.count),
    row.firstSeen ?? "",
    row.lastSeen ?? "",
    [row.httpStatus, ...row.otherStatuses.map((status) => DECODE_STRINGS[locale].table.seenWith(status))].filter((part) => part !== undefined).join(", "),
    row.meaning,
    row.whoActs.join(", "),
    row.retry?.label ?? "",
    row.url ? absoluteUrl(row.url) : "",
  ];
}

/** A Markdown table for a ticket. Every cell is inert: a pasted code cannot become a link, image or HTML. */
export function codeTableMarkdown(rows: readonly CodeRow[], absoluteUrl: (path: string) => string, locale: Locale = "en"): string {
  const headings = DECODE_STRINGS[locale].table.headings;
  const lines = [`| ${headings.join(" | ")} |`, `| ${headings.map(() => "---").join(" | ")} |`];
  for (const row of rows) {
    const [code = "", count = "", first = "", last = "", status = "", meaning = "", who = "", retry = "", link = ""] = cells(row, absoluteUrl, locale);
    // Values from the paste (the code, its times) go in code spans; our own words are escaped; our URLs are autolinks.
    const pasted = (value: string) => (value ? tableCodeSpan(value) : "");
    lines.push(`| ${[pasted(code), count, pasted(first), pasted(last), tableText(status), tableText(meaning), tableText(who), tableText(retry), link ? `<${link}>` : ""].join(" | ")} |`);
  }
  return lines.join("\n");
}

/** CSV (RFC 4180) for a spreadsheet; a cell that would start a formula is prefixed with ' so it stays text. */
export function codeTableCsv(rows: readonly CodeRow[], absoluteUrl: (path: string) => string, locale: Locale = "en"): string {
  return [DECODE_STRINGS[locale].table.headings, ...rows.map((row) => cells(row, absoluteUrl, locale))].map((line) => line.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
