"use client";

import { useState } from "react";
import { SiteLink } from "@/components/site-link";
import type { DecodeClient } from "@/components/decode-client";
import type { RecordLines } from "@/components/islands/decode-worker";
import type { CodeRow } from "@/lib/decode/code-table";
import { DECODE_STRINGS, type DecodeStrings } from "@/lib/i18n/decode";
import type { Locale } from "@/lib/i18n/locale";

type Engine = typeof import("@/lib/decode/engine");

/**
 * "Codes in this paste": one row per distinct code of a paste that holds many responses, most frequent first, each
 * with its count, first and last time, HTTP status, meaning, who acts and whether to retry, and its (redacted) lines
 * on request. Copies as Markdown and downloads as CSV.
 */
export function CodeTable({
  locale,
  rows,
  total,
  client,
  absoluteUrl,
  loadEngine,
}: {
  locale: Locale;
  rows: readonly CodeRow[];
  total: number;
  client: DecodeClient;
  absoluteUrl: (path: string) => string;
  loadEngine: () => Promise<Engine>;
}) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const says = DECODE_STRINGS[locale];
  const strings = says.codeTable;

  async function copyMarkdown() {
    const engine = await loadEngine();
    try {
      await navigator.clipboard.writeText(engine.codeTableMarkdown(rows, absoluteUrl, locale));
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
    window.setTimeout(() => setCopied("idle"), 2500);
  }

  async function downloadCsv() {
    const engine = await loadEngine();
    // A file made in the page (a blob: URL): nothing is sent anywhere.
    const url = URL.createObjectURL(new Blob([engine.codeTableCsv(rows, absoluteUrl, locale)], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "doku-codes.csv";
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <section aria-labelledby="codes-in-paste" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="codes-in-paste" className="text-lg font-semibold">
          {strings.heading}
        </h2>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <button type="button" onClick={() => void copyMarkdown()} className="rounded-md border border-line-strong px-2.5 py-1 font-medium hover:bg-chip">
            {strings.copyMarkdown}
          </button>
          <button type="button" onClick={() => void downloadCsv()} className="rounded-md border border-line-strong px-2.5 py-1 font-medium hover:bg-chip">
            {strings.downloadCsv}
          </button>
          <span role="status" className="text-muted">
            {copied === "copied" ? strings.copied : copied === "failed" ? strings.copyFailed : ""}
          </span>
        </div>
      </div>
      <p className="text-sm text-soft">{strings.lead(total, rows.length)}</p>
      <div className="scroll-x rounded-lg border border-line">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{strings.heading}</caption>
          <thead className="bg-subtle text-xs tracking-wide text-muted uppercase">
            <tr>
              {strings.columns.map((column, index) => (
                <th key={column} scope="col" className={`px-3 py-2${index === 1 ? " text-right" : ""}`}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((row) => (
              <CodeTableRow key={row.key} says={says} row={row} client={client} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CodeTableRow({ says, row, client }: { says: DecodeStrings; row: CodeRow; client: DecodeClient }) {
  const strings = says.codeTable;
  const [lines, setLines] = useState<RecordLines[]>();
  const [open, setOpen] = useState(false);
  const linesId = `lines-${row.key.replace(/[^\w-]/g, "_")}`;

  async function toggle() {
    if (!open && !lines) setLines((await client.lines(row.key, 0)).lines);
    setOpen(!open);
  }

  return (
    <>
      <tr className="align-top">
        <th scope="row" className="px-3 py-2 font-mono font-semibold whitespace-nowrap">
          {row.url ? (
            <SiteLink href={row.url} className="text-accent underline underline-offset-2">
              {row.code}
            </SiteLink>
          ) : (
            <span>{row.code}</span>
          )}
          <button
            type="button"
            aria-expanded={open}
            aria-controls={linesId}
            onClick={() => void toggle()}
            className="mt-1 block font-sans text-xs font-normal text-muted underline underline-offset-2"
          >
            {open ? strings.hideLines : strings.showLines(row.count)}
          </button>
        </th>
        <td className="px-3 py-2 text-right font-mono">{row.count.toLocaleString("en")}</td>
        <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">
          {row.firstSeen ?? "—"}
          {row.lastSeen && row.lastSeen !== row.firstSeen ? (
            <>
              <br />
              {row.lastSeen}
            </>
          ) : null}
        </td>
        <td className="px-3 py-2 font-mono">
          {row.httpStatus ?? "—"}
          {row.otherStatuses.length > 0 ? <span className="block text-xs text-muted">{strings.seenWith(row.otherStatuses.join(", "))}</span> : null}
        </td>
        <td className="px-3 py-2">
          {row.meaning}
          {row.url ? null : <span className="block text-xs text-muted">{says.kinds[row.kind]}</span>}
        </td>
        <td className="px-3 py-2">{row.whoActs.join(", ") || "—"}</td>
        <td className="px-3 py-2">{row.retry?.label ?? "—"}</td>
      </tr>
      {open ? (
        <tr id={linesId}>
          <td colSpan={7} className="bg-subtle px-3 py-2">
            <p className="mb-2 text-xs text-muted">
              {lines && row.count > lines.length ? strings.firstLines(lines.length, row.count) : strings.allLines}
            </p>
            <ol className="space-y-2">
              {(lines ?? []).map((line) => (
                <li key={line.line}>
                  <span className="text-xs text-muted">{strings.line(line.line)}</span>
                  <pre className="overflow-x-auto rounded bg-raised p-2 font-mono text-xs whitespace-pre-wrap break-all">{line.text}</pre>
                </li>
              ))}
            </ol>
          </td>
        </tr>
      ) : null}
    </>
  );
}
