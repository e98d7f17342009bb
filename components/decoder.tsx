"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { DecodedFinding } from "@/components/decoded-finding";
import { FactNotes } from "@/components/fact-notes";
import { PastedRequestChecks } from "@/components/pasted-request-checks";
import type { IslandStart } from "@/components/islands/mount";
import type { DecodeCatalogue } from "@/lib/decode/catalogue";
import type { DecodeResult } from "@/lib/decode/decode";
import { EMPTY_PASTE_PROMPT, EXAMPLE_PASTES } from "@/lib/decode/examples";
import type { RedactionSummary } from "@/lib/decode/redact";

type Engine = typeof import("@/lib/decode/engine");
interface Loaded {
  engine: Engine;
  catalogue: DecodeCatalogue;
}

const DEBOUNCE_MS = 150;
/** Pastes longer than this never fit in a share link (SHARE_LINK_MAX_CHARS after compression). */
const MAX_SHAREABLE_CHARS = 256 * 1024;
/** Query parameters that would mean a pasted response travelled to the server. */
const INPUT_PARAMS = ["input", "text", "body", "response", "paste", "json", "data", "code"];

interface ShareState {
  link: string;
  removed: RedactionSummary[];
  codeOnly: boolean;
  copied: boolean;
}

/** The decoder's code and its catalogue, fetched together once: the page's HTML carries neither. */
function loadDecoder(basePath: string): Promise<Loaded> {
  return Promise.all([
    import("@/lib/decode/engine"),
    fetch(`${basePath}/decode-catalogue.json`).then((response) => {
      if (!response.ok) throw new Error(`decode catalogue: HTTP ${response.status}`);
      return response.json() as Promise<DecodeCatalogue>;
    }),
  ]).then(([engine, catalogue]) => ({ engine, catalogue }));
}

/** The paste-box: explains as you type, shares through the URL fragment only, copies a triage note. */
export function Decoder({ basePath, reportUrl, start }: { basePath: string; reportUrl: string; start?: IslandStart }) {
  const inputId = useId();
  // What was typed or pasted into the static page before this island mounted (components/islands/mount.tsx).
  const [text, setText] = useState(start?.fields.response ?? "");
  const [decodedText, setDecodedText] = useState(start?.fields.response ?? "");
  const [queryWarning, setQueryWarning] = useState(false);
  const [restoreProblem, setRestoreProblem] = useState<string>();
  const [share, setShare] = useState<ShareState>();
  const [noteStatus, setNoteStatus] = useState<"idle" | "copied" | "failed">("idle");
  const [loaded, setLoaded] = useState<Loaded>();
  const [engineFailed, setEngineFailed] = useState(false);
  const engine = loaded?.engine;

  // The decoder's code and catalogue arrive once the page has hydrated (on the reader's first intent), not with it.
  useEffect(() => {
    loadDecoder(basePath).then(setLoaded, () => setEngineFailed(true));
  }, [basePath]);

  // Decode a moment after typing stops, so a long paste is read once, not on every keystroke.
  useEffect(() => {
    const timer = window.setTimeout(() => setDecodedText(text), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  // A shared link carries its input after "#", never in the query string.
  useEffect(() => {
    if (!engine) return;
    const params = new URLSearchParams(window.location.search);
    const fromQuery = INPUT_PARAMS.map((name) => params.get(name)).find((value) => value);
    const hash = window.location.hash.slice(1);
    let cancelled = false;
    async function restore(decoder: Engine) {
      if (hash.startsWith("v1.")) {
        const restored = await decoder.decodeShareFragment(hash);
        if (cancelled) return;
        if (restored === undefined) setRestoreProblem("This share link is damaged or cut off: its response could not be read. Ask for the link again.");
        else load(restored);
      } else if (hash) {
        const codes = decoder.codesFromFragment(hash);
        if (codes && codes.length > 0) load(codes.join("\n"));
      } else if (fromQuery) {
        load(fromQuery);
      }
    }
    // The URL can only be read after hydration; the static HTML starts empty.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (fromQuery) setQueryWarning(true);
    void restore(engine);
    return () => {
      cancelled = true;
    };
  }, [engine]);

  function load(value: string) {
    setText(value);
    setDecodedText(value);
    setShare(undefined);
  }

  const result: DecodeResult | undefined = useMemo(() => loaded?.engine.decodePaste(decodedText, loaded.catalogue), [loaded, decodedText]);
  const absoluteUrl = (path: string) => `${window.location.origin}${basePath}${path}`;
  const hasCodes = result?.responses.some((response) => response.findings.length > 0) ?? false;

  async function copyShareLink() {
    if (!engine || !result) return;
    const { redactSecrets, encodeShareFragment, codeOnlyFragment, SHARE_LINK_MAX_CHARS } = engine;
    // A paste this long cannot fit in a link however well it compresses: go straight to a code-only link.
    const tooLong = text.length > MAX_SHAREABLE_CHARS;
    const redaction = tooLong ? { text: "", removed: [] } : redactSecrets(text);
    let fragment = tooLong ? "" : await encodeShareFragment(redaction.text);
    let codeOnly = false;
    if (tooLong || fragment.length > SHARE_LINK_MAX_CHARS) {
      fragment = codeOnlyFragment(result.responses.flatMap((response) => response.findings.map((finding) => finding.code)));
      codeOnly = true;
    }
    const link = `${window.location.origin}${window.location.pathname}#${fragment}`;
    let copied = true;
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      copied = false;
    }
    setShare({ link, removed: redaction.removed, codeOnly, copied });
  }

  async function copyTriageNote() {
    if (!engine || !result) return;
    try {
      await navigator.clipboard.writeText(engine.triageNote(result, absoluteUrl));
      setNoteStatus("copied");
    } catch {
      setNoteStatus("failed");
    }
    window.setTimeout(() => setNoteStatus("idle"), 2500);
  }

  return (
    <div className="space-y-6">
      {queryWarning ? (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40">
          This link carried a response in its query string (after &ldquo;?&rdquo;), which is sent to the server that hosts
          this page. Links made with &ldquo;Copy share link&rdquo; keep the response after &ldquo;#&rdquo;, which browsers
          never send.
        </p>
      ) : null}
      {restoreProblem ? (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40">
          {restoreProblem}
        </p>
      ) : null}

      <div className="space-y-2">
        <label htmlFor={inputId} className="block font-semibold">
          API response
        </label>
        <textarea
          id={inputId}
          data-field="response"
          autoFocus={start?.focused === "response"}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setShare(undefined);
          }}
          rows={10}
          spellCheck={false}
          autoComplete="off"
          placeholder={'Paste a JSON body, a raw HTTP response, curl -v output, a log line, or a code such as 4012400.\n{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}'}
          className="w-full rounded-lg border border-zinc-400 bg-white p-3 font-mono text-sm dark:border-zinc-600 dark:bg-zinc-900"
        />
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-zinc-600 dark:text-zinc-400">Try an example:</span>
          {EXAMPLE_PASTES.map((example) => (
            <button
              key={example.label}
              type="button"
              onClick={() => load(example.text)}
              className="rounded-md border border-zinc-300 px-2.5 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              {example.label}
            </button>
          ))}
          {text ? (
            <button type="button" onClick={() => load("")} className="rounded-md px-2.5 py-1 underline underline-offset-2">
              Clear
            </button>
          ) : null}
        </div>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Everything happens in your browser: nothing you paste is sent anywhere.
        </p>
      </div>

      <section role="region" aria-label="Explanation" aria-live="polite" className="space-y-6">
        {!result ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {engineFailed ? "The decoder could not load. Reload the page to try again." : text.trim() ? "Loading the decoder…" : EMPTY_PASTE_PROMPT}
          </p>
        ) : null}
        {result ? <FactNotes notes={result.notes} /> : null}
        {result && result.notices.length > 0 ? (
          <ul className="space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
            {result.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        ) : null}

        {result?.responses.map((response, index) => (
          <article key={index} className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            {result.responses.length > 1 || response.http ? (
              <h2 className="text-lg font-semibold">
                {result.responses.length > 1 ? `Response ${index + 1}` : "Response"}
                {response.http ? (
                  <span className="ml-2 font-mono text-base font-normal">
                    HTTP {response.http.status}
                    {response.http.reason ? ` ${response.http.reason}` : ""}
                  </span>
                ) : null}
              </h2>
            ) : null}
            {response.warnings.map((warning) => (
              <p key={warning} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40">
                {warning}
              </p>
            ))}
            <FactNotes notes={response.notes} />
            {response.findings.map((finding) => (
              <DecodedFinding
                key={`${finding.field}-${finding.code}-${finding.message ?? ""}`}
                finding={finding}
                reportUrl={reportUrl}
                signaturePaste={result.request ? decodedText : undefined}
              />
            ))}
          </article>
        ))}

        {result?.request ? <PastedRequestChecks check={result.request} paste={decodedText} /> : null}

        {result && (result.identifiers.length > 0 || result.environment) ? (
          <section aria-labelledby="identifiers" className="space-y-2">
            <h2 id="identifiers" className="text-lg font-semibold">
              Identifiers for support
            </h2>
            <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              {result.environment ? (
                <div className="contents">
                  <dt className="font-semibold">Environment</dt>
                  <dd>{result.environment === "sandbox" ? "Sandbox (api-sandbox.doku.com)" : "Production (api.doku.com)"}</dd>
                </div>
              ) : null}
              {result.identifiers.map(({ label, value }) => (
                <div key={`${label}-${value}`} className="contents">
                  <dt className="font-semibold">{label}</dt>
                  <dd className="font-mono break-all">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
      </section>

      {text.trim() ? (
        <div className="space-y-3">
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={copyShareLink}
              className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
            >
              Copy share link
            </button>
            <button
              type="button"
              onClick={copyTriageNote}
              disabled={!hasCodes}
              className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-semibold hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              Copy triage note
            </button>
            <span role="status" className="self-center text-sm text-zinc-600 dark:text-zinc-400">
              {noteStatus === "copied" ? "Triage note copied" : noteStatus === "failed" ? "Copy failed: your browser blocked the clipboard" : ""}
            </span>
          </div>
          {share ? <ShareResult share={share} /> : null}
        </div>
      ) : null}
    </div>
  );
}

function ShareResult({ share }: { share: ShareState }) {
  return (
    <div role="status" className="space-y-2 rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
      <p className="font-semibold">{share.copied ? "Share link copied." : "Copy the link below (your browser blocked the clipboard)."}</p>
      {share.codeOnly ? (
        <p>The response is too long for a link, so this link carries only the codes. Paste the response into a ticket instead.</p>
      ) : null}
      <p>
        {share.removed.length > 0
          ? `Removed before sharing: ${share.removed.map((item) => `${item.count} × ${item.label}`).join(", ")}.`
          : "No secrets were found to remove."}{" "}
        The response travels after &ldquo;#&rdquo;, so it never reaches a server.
      </p>
      <input readOnly value={share.link} aria-label="Share link" onFocus={(event) => event.target.select()} className="w-full rounded border border-zinc-300 bg-zinc-50 p-1.5 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900" />
    </div>
  );
}
