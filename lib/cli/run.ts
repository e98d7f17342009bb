// The `doku-errors` command: the paste-box's decoder and code table in a terminal, over the same catalogue the site
// is built from. Pure: arguments, input and output come in through `io`, so tests run it without a process.
import { type CodeRow, summariseCodes } from "../decode/code-table";
import type { DecodeCatalogue } from "../decode/catalogue";
import { type DecodeResult, type Finding, decodePaste } from "../decode/decode";
import { entryOf, expectedStatus } from "../decode/findings";
import { FINDING_KIND_LABELS } from "../decode/finding-kinds";
import { redactSecrets } from "../decode/redact";
import { HTTP_REASONS } from "../snap/http-reasons";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** A file's text, or the standard input for "-". Rejects with a readable message. */
  readInput(path: string): Promise<string>;
}

export interface CliContext {
  catalogue: DecodeCatalogue;
  /** The site's origin and base path, e.g. "https://errors.example.com": links are printed in full. */
  siteUrl: string;
  version: string;
}

/** 0: every code found is documented; 2: a code no page explains was found; 1: the command was used wrongly. */
export const EXIT = { documented: 0, usage: 1, unknownCode: 2 } as const;

export const HELP = `doku-errors: DOKU payment API errors explained, offline.

Usage:
  doku-errors explain <code> [<code>…]   What a code means: HTTP status, SNAP parts, who acts, retry, link.
  doku-errors triage <file|->  [--json]  Every code in a log or response, counted, most frequent first.
                                         "-" reads standard input.
  doku-errors --help | --version

Exit status: 0 when every code found is documented, 2 when a code no page explains was found,
1 on a usage error. Secrets in the input are never printed: only codes, counts and times are.

Examples:
  doku-errors explain 4012400
  doku-errors triage app.log --json
  kubectl logs deploy/payments | doku-errors triage -
`;

export async function runCli(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    (command === undefined ? io.stderr : io.stdout)(HELP);
    return command === undefined ? EXIT.usage : EXIT.documented;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${context.version}\n`);
    return EXIT.documented;
  }
  if (command === "explain") return explain(rest, io, context);
  if (command === "triage") return triage(rest, io, context);
  io.stderr(`doku-errors: unknown command "${command}". Run doku-errors --help.\n`);
  return EXIT.usage;
}

function explain(codes: readonly string[], io: CliIo, { catalogue, siteUrl }: CliContext): number {
  if (codes.length === 0) {
    io.stderr("doku-errors explain: give a code, e.g. doku-errors explain 4012400\n");
    return EXIT.usage;
  }
  let exit: number = EXIT.documented;
  codes.forEach((code, index) => {
    const findings = decodePaste(code, catalogue).responses.flatMap((response) => response.findings);
    if (index > 0) io.stdout("\n");
    if (findings.length === 0) {
      io.stdout(`${redactSecrets(code).text}\n  Not a code this reference can read.\n`);
      exit = EXIT.unknownCode;
    }
    for (const finding of findings) {
      io.stdout(explainFinding(finding, siteUrl));
      if (!isDocumented(finding)) exit = EXIT.unknownCode;
    }
  });
  return exit;
}

async function triage(args: readonly string[], io: CliIo, { catalogue, siteUrl }: CliContext): Promise<number> {
  const json = args.includes("--json");
  const paths = args.filter((arg) => arg !== "--json");
  const unknownFlag = paths.find((arg) => arg.startsWith("--"));
  if (unknownFlag || paths.length !== 1) {
    io.stderr(unknownFlag ? `doku-errors triage: unknown option ${unknownFlag}\n` : "doku-errors triage: give one file, or - for standard input\n");
    return EXIT.usage;
  }
  let text: string;
  try {
    text = await io.readInput(paths[0] ?? "-");
  } catch (error) {
    io.stderr(`doku-errors triage: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  const result = decodePaste(text, catalogue);
  const rows = summariseCodes(result);
  if (json) io.stdout(`${JSON.stringify(triageJson(result, rows, siteUrl), null, 2)}\n`);
  else io.stdout(triageText(result, rows, siteUrl));
  return rows.some((row) => !isDocumentedRow(row)) ? EXIT.unknownCode : EXIT.documented;
}

/** Documented: a page explains it, or the SNAP standard does (a composed code). */
function isDocumented(finding: Finding): boolean {
  return finding.kind === "composed" || entryOf(finding) !== undefined;
}

function isDocumentedRow(row: CodeRow): boolean {
  return row.kind === "composed" || row.url !== undefined;
}

function explainFinding(finding: Finding, siteUrl: string): string {
  const entry = entryOf(finding);
  const status = finding.kind === "http-status" ? finding.status : expectedStatus(finding);
  const lines: [string, string][] = [];
  if (entry) lines.push(["Meaning", `${entry.title}. ${entry.summary}`]);
  lines.push(["Kind", FINDING_KIND_LABELS[finding.kind]]);
  if (status !== undefined) lines.push(["HTTP status", `${status}${HTTP_REASONS[status] ? ` ${HTTP_REASONS[status]}` : ""}`]);
  if (finding.kind === "documented" || finding.kind === "composed") {
    const snap = finding.snap;
    if (snap) {
      lines.push([
        "SNAP parts",
        `HTTP ${snap.http.status} · service ${snap.service.code}${snap.service.known ? ` (${snap.service.known.name})` : " (not in the standard's list)"} · case ${snap.case.code}${snap.case.entry?.responseMessage ? ` (${snap.case.entry.responseMessage})` : ""}`,
      ]);
    }
  }
  if (finding.kind === "malformed") lines.push(["Problems", finding.problems.join(" ")]);
  if (entry) {
    lines.push(["Who acts", entry.whoActs.join(", ")], ["Safe to retry", `${entry.retry.label}. ${entry.retry.reason}`]);
    if (entry.nextStep) lines.push(["Next step", entry.nextStep]);
    lines.push(["Page", `${siteUrl}${entry.url}`]);
  }
  if (finding.kind === "unknown" || finding.kind === "malformed" || finding.kind === "composed") {
    const near = finding.nearest.map((other) => `${other.code} (${siteUrl}${other.url})`);
    if (near.length > 0) lines.push(["Nearest", near.join(", ")]);
  }
  if (finding.kind === "unknown" && finding.mentionedIn.length > 0) lines.push(["Mentioned in", finding.mentionedIn.map((guide) => `${siteUrl}${guide.url}`).join(", ")]);
  for (const note of finding.notes) lines.push(["Note", note.text]);
  const code = entry ? finding.code : redactSecrets(finding.code).text;
  const width = Math.max(...lines.map(([label]) => label.length));
  return `${code}\n${lines.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join("\n")}\n`;
}

export interface TriageJson {
  codes: {
    code: string;
    count: number;
    httpStatus: number | null;
    title: string;
    whoActs: string[];
    retry: string | null;
    url: string | null;
    firstSeen: string | null;
    lastSeen: string | null;
  }[];
  responses: number;
  lines: number;
  /** What the reader did not read or had to repair, in words. */
  notices: string[];
}

function triageJson(result: DecodeResult, rows: readonly CodeRow[], siteUrl: string): TriageJson {
  return {
    codes: rows.map((row) => ({
      code: row.code,
      count: row.count,
      httpStatus: row.httpStatus ?? null,
      title: row.meaning,
      whoActs: row.whoActs,
      retry: row.retry?.safe ?? null,
      url: row.url ? `${siteUrl}${row.url}` : null,
      firstSeen: row.firstSeen ?? null,
      lastSeen: row.lastSeen ?? null,
    })),
    responses: result.responses.length,
    lines: result.extent.lines,
    notices: result.notices,
  };
}

function triageText(result: DecodeResult, rows: readonly CodeRow[], siteUrl: string): string {
  const header = `${result.extent.lines.toLocaleString("en")} lines, ${result.responses.length.toLocaleString("en")} responses, ${rows.length} distinct code${rows.length === 1 ? "" : "s"}.`;
  const notices = result.notices.map((notice) => `Note: ${notice}\n`).join("");
  if (rows.length === 0) return `${header}\n${notices}`;
  const table = [
    ["COUNT", "CODE", "HTTP", "RETRY", "WHO ACTS", "MEANING", "FIRST SEEN", "LAST SEEN", "PAGE"],
    ...rows.map((row) => [
      row.count.toLocaleString("en"),
      row.code,
      [row.httpStatus, ...row.otherStatuses.map((status) => `(${status})`)].filter((part) => part !== undefined).join(" "),
      row.retry?.label ?? "",
      row.whoActs.join(", "),
      row.meaning,
      row.firstSeen ?? "",
      row.lastSeen ?? "",
      row.url ? `${siteUrl}${row.url}` : "",
    ]),
  ];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((line) => (line[column] ?? "").length))) ?? [];
  const body = table.map((line) => line.map((cell, column) => (column === 0 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join("  ").trimEnd());
  return `${header}\n\n${body.join("\n")}\n\n${notices}`;
}
