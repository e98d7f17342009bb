"use client";

import { Suspense, lazy, useEffect, useId, useMemo, useState } from "react";
import { DecodedFinding } from "@/components/decoded-finding";
import { FactNotes } from "@/components/fact-notes";
import type { IslandStart } from "@/components/islands/static-island";
import { ExampleToolbar, pickedExample } from "@/components/example-toolbar";
import { PastePreview } from "@/components/paste-preview";
import { CodeTable } from "@/components/code-table";
import { pageDecodeClient } from "@/components/decode-client";
import type { DecodeView } from "@/components/islands/decode-worker";
import type { DecodeResult } from "@/lib/decode/decode";
import { EXAMPLE_PASTES } from "@/lib/decode/examples";
import { decodeSummary } from "@/lib/decode/summary";
import type { RedactionSummary } from "@/lib/decode/redact";
import { DECODE_STRINGS, type DecodeStrings } from "@/lib/i18n/decode";
import type { Locale } from "@/lib/i18n/locale";

type Engine = typeof import("@/lib/decode/engine");

// The signature checks of a pasted request come with their own code, loaded only when a paste holds a request.
const PastedRequestChecks = lazy(() => import("@/components/pasted-request-checks").then((module) => ({ default: module.PastedRequestChecks })));

const DEBOUNCE_MS = 150;
/**
 * A paste longer than this (a whole log) is kept out of the text box: laying out megabytes of text in a textarea
 * freezes a browser for seconds. The box says what it holds instead.
 */
const LARGE_PASTE_CHARS = 200_000;
/** Pastes longer than this never fit in a share link (SHARE_LINK_MAX_CHARS after compression). */
const MAX_SHAREABLE_CHARS = 256 * 1024;
/** Query parameters that would mean a pasted response travelled to the server. */
const INPUT_PARAMS = ["input", "text", "body", "response", "paste", "json", "data", "code"];

/** What the page was opened from, said above the explanation. */
type Opened =
  | { kind: "explanation"; view: DecodeView; paste: string }
  | { kind: "old-paste-link" }
  | { kind: "codes-link" }
  | { kind: "problem"; message: string };

interface ShareState {
  link: string;
  carries: "explanation" | "explanation-and-paste" | "codes";
  /** The paste was chosen but did not fit in a link. */
  pasteLeftOut: boolean;
  removed: RedactionSummary[];
  removedBySender: number;
  codeCount: number;
  identifierCount: number;
  /** What limits kept out of the link, said in words. */
  leftOut: string[];
  copied: boolean;
}

/** The reader's removals in the preview, made on top of one automatic redaction. */
interface PreviewEdits {
  base: string;
  text: string;
  history: string[];
}

/** The code that makes share links, previews and triage notes: loaded when the reader first asks for one. */
let enginePromise: Promise<Engine> | undefined;
function loadEngine(): Promise<Engine> {
  enginePromise ??= import("@/lib/decode/engine");
  return enginePromise;
}

function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < text.length - 1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** The props the build renders the paste-box's island with (data-props), read again when it mounts. */
export interface DecoderIslandProps {
  basePath: string;
  reportUrl: string;
  locale?: Locale;
}

/** What the reader left before the island mounted: the example they clicked, or the text in the static box. */
function startingText(start: IslandStart | undefined): string {
  const example = pickedExample(start?.action);
  return (example === undefined ? undefined : EXAMPLE_PASTES[example]?.text) ?? start?.fields.response ?? "";
}

/**
 * The paste-box: explains as you type, shares through the URL fragment only, copies a triage note. It speaks
 * `locale`, and its explanations come from that language's catalogue (/decode-catalogue.json, /id/decode-catalogue.json).
 */
export function Decoder({ basePath, reportUrl, locale = "en", start }: DecoderIslandProps & { start?: IslandStart }) {
  const strings = DECODE_STRINGS[locale];
  const megabytes = strings.megabytes;
  const inputId = useId();
  // What was typed, pasted or picked in the static page before this island mounted (components/islands/static-island.ts);
  // a large paste is kept beside the box, as one made later would be.
  const [initialText] = useState(() => startingText(start));
  const [typed, setTyped] = useState(initialText.length > LARGE_PASTE_CHARS ? "" : initialText);
  const [largePaste, setLargePaste] = useState<string | undefined>(initialText.length > LARGE_PASTE_CHARS ? initialText : undefined);
  // What the reader gave: the text box's content, or a large paste kept beside it.
  const text = largePaste ?? typed;
  const largePasteLines = useMemo(() => (largePaste === undefined ? 0 : lineCount(largePaste)), [largePaste]);
  const [decodedText, setDecodedText] = useState(initialText);
  const [queryWarning, setQueryWarning] = useState(false);
  const [opened, setOpened] = useState<Opened>();
  const [share, setShare] = useState<ShareState>();
  const [includePaste, setIncludePaste] = useState(false);
  const [edits, setEdits] = useState<PreviewEdits>();
  const [noteStatus, setNoteStatus] = useState<"idle" | "copied" | "failed">("idle");
  const [engine, setEngine] = useState<Engine>();
  // Decoding runs in a worker (components/islands/decode-worker.ts), which parses the catalogue off the main thread;
  // the island started it at page load. Mounted as an island (start is set) it exists; in the static rendering, not.
  const [client] = useState(() => (start ? pageDecodeClient(basePath, locale) : undefined));
  const examples = useMemo(() => EXAMPLE_PASTES.map((example, index) => ({ ...example, label: strings.examples[index] ?? example.label })), [strings]);
  const [workerState, setWorkerState] = useState<"loading" | "ready" | "failed">("loading");
  const [decoded, setDecoded] = useState<DecodeView>();
  // A paste over the read limit is read up to it, and the decode says what it did not read: the notice must not say "all".
  const largePasteCut = decoded !== undefined && decoded.result.extent.charsRead < decoded.result.extent.chars;
  const ready = workerState === "ready";

  useEffect(() => {
    if (!client) return;
    client.onStatus = () => setWorkerState(client.failed ? "failed" : client.ready ? "ready" : "loading");
    client.start();
    // It may have become ready before this component mounted.
    client.onStatus();
  }, [client]);

  // The share and preview code, when the reader first needs it.
  const needEngine = () => loadEngine().then((loaded) => (setEngine(() => loaded), loaded));

  // Decode a moment after typing stops, so a long paste is read once, not on every keystroke.
  useEffect(() => {
    const timer = window.setTimeout(() => setDecodedText(text), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  // Decode in the worker whenever the text to decode changes; only the latest answer is shown.
  useEffect(() => {
    if (!client || !ready) return;
    if (decodedText.trim() === "") {
      // Nothing to decode: the empty prompt shows instead.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setDecoded(undefined);
      return;
    }
    void client.decode(decodedText).then(setDecoded);
  }, [client, ready, decodedText]);

  // A shared link carries its content after "#", never in the query string. Read it on load and whenever the fragment
  // changes (a second link opened in the same tab), the latest reading winning.
  useEffect(() => {
    if (!client || !ready) return;
    let reading = 0;
    async function openFragment(initial: boolean) {
      const current = ++reading;
      const { reading: link, view } = await client!.openLink(window.location.hash);
      if (current !== reading) return;
      switch (link.kind) {
        case "explanation": {
          const paste = link.explanation.paste ?? "";
          load(paste);
          if (view) setOpened({ kind: "explanation", view, paste });
          return;
        }
        case "paste":
          load(link.text);
          setOpened({ kind: "old-paste-link" });
          return;
        case "codes":
          load(link.codes.join("\n"));
          setOpened({ kind: "codes-link" });
          return;
        case "too-large":
          setOpened({ kind: "problem", message: strings.link.tooLarge(megabytes(link.chars)) });
          return;
        case "newer-version":
          setOpened({ kind: "problem", message: strings.link.newerVersion });
          return;
        case "damaged":
          setOpened({ kind: "problem", message: strings.link.damaged });
          return;
        case "none": {
          setOpened(undefined);
          if (!initial) return;
          const params = new URLSearchParams(window.location.search);
          const fromQuery = INPUT_PARAMS.map((name) => params.get(name)).find((value) => value);
          if (fromQuery) {
            setQueryWarning(true);
            load(fromQuery);
          }
        }
      }
    }
    void openFragment(true);
    const onHashChange = () => void openFragment(false);
    window.addEventListener("hashchange", onHashChange);
    return () => {
      reading = -1;
      window.removeEventListener("hashchange", onHashChange);
    };
  }, [client, ready, strings, megabytes]);

  function load(value: string) {
    if (value.length > LARGE_PASTE_CHARS) {
      setLargePaste(value);
      setTyped("");
    } else {
      setLargePaste(undefined);
      setTyped(value);
    }
    setDecodedText(value);
    setShare(undefined);
  }

  // A link's explanation is shown until the reader changes the text it came with.
  const linkView = opened?.kind === "explanation" && text === opened.paste ? opened : undefined;
  const view = linkView ? linkView.view : decoded && decodedText.trim() !== "" ? decoded : undefined;
  const result: DecodeResult | undefined = view?.result;
  const absoluteUrl = (path: string) => `${window.location.origin}${basePath}${path}`;
  const hasCodes = result?.responses.some((response) => response.findings.length > 0) ?? false;
  const shareable = text.trim() !== "" || linkView !== undefined;

  // The preview: the automatic redaction of the paste, with the reader's own removals while the paste is unchanged.
  const pasteTooLong = text.length > MAX_SHAREABLE_CHARS;
  const autoRedaction = useMemo(
    () => (engine && includePaste && text.trim() !== "" && !pasteTooLong ? engine.redactSecrets(text) : undefined),
    [engine, includePaste, text, pasteTooLong],
  );
  const currentEdits = autoRedaction && edits?.base === autoRedaction.text ? edits : undefined;
  const previewText = currentEdits?.text ?? autoRedaction?.text;

  function removeFromPreview(start: number, end: number): number | undefined {
    if (!engine || !autoRedaction || previewText === undefined) return undefined;
    const removal = engine.removeSelection(previewText, start, end);
    if (!removal) return undefined;
    setEdits({ base: autoRedaction.text, text: removal.text, history: [...(currentEdits?.history ?? []), previewText] });
    setShare(undefined);
    return removal.caret;
  }

  function undoPreviewRemoval() {
    if (!currentEdits || currentEdits.history.length === 0) return;
    setEdits({ ...currentEdits, text: currentEdits.history.at(-1) ?? currentEdits.base, history: currentEdits.history.slice(0, -1) });
    setShare(undefined);
  }

  // The preview needs the redaction code: load it as the reader asks for the paste in the link.
  useEffect(() => {
    if (includePaste && !engine) void needEngine();
  });

  async function copyShareLink() {
    if (!result) return;
    const engine = await needEngine();
    const { toSharedExplanation, encodeExplanationFragment, codeOnlyFragment, SHARE_LINK_MAX_CHARS } = engine;
    const { explanation, removed } = toSharedExplanation(result);
    const codes = result.responses.flatMap((response) => response.findings.map((finding) => finding.code));
    const withPaste = includePaste && previewText !== undefined;
    let fragment = await encodeExplanationFragment(withPaste ? { ...explanation, paste: previewText } : explanation);
    let carries: ShareState["carries"] = withPaste ? "explanation-and-paste" : "explanation";
    if (fragment.length > SHARE_LINK_MAX_CHARS && withPaste) {
      fragment = await encodeExplanationFragment(explanation);
      carries = "explanation";
    }
    if (fragment.length > SHARE_LINK_MAX_CHARS) {
      fragment = codeOnlyFragment(codes);
      carries = "codes";
    }
    const link = `${window.location.origin}${window.location.pathname}#${fragment}`;
    let copied = true;
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      copied = false;
    }
    const pasteRemoved = carries === "explanation-and-paste" && autoRedaction ? autoRedaction.removed : [];
    setShare({
      link,
      carries,
      pasteLeftOut: includePaste && carries !== "explanation-and-paste",
      removed: carries === "codes" ? [] : engine.sumRemoved([removed, pasteRemoved]),
      removedBySender: carries === "explanation-and-paste" && previewText ? engine.countRemovedBySender(previewText) : 0,
      codeCount: codes.length,
      identifierCount: explanation.identifiers.length,
      leftOut: leftOutOf(strings.share, carries, explanation.omitted, codes, engine.codesFromFragment(fragment)?.length ?? 0),
      copied,
    });
  }

  async function copyTriageNote() {
    if (!result || !view) return;
    const engine = await needEngine();
    try {
      await navigator.clipboard.writeText(engine.triageNote(result, absoluteUrl, { rows: view.rows, total: view.total, support: view.support, locale }));
      setNoteStatus("copied");
    } catch {
      setNoteStatus("failed");
    }
    window.setTimeout(() => setNoteStatus("idle"), 2500);
  }

  return (
    <div className="space-y-6">
      {queryWarning ? (
        <p role="alert" className="rounded-lg border border-warn-line bg-warn p-3 text-sm">
          {strings.input.queryWarning}
        </p>
      ) : null}
      {opened?.kind === "problem" ? (
        <p role="alert" className="rounded-lg border border-warn-line bg-warn p-3 text-sm">
          {opened.message}
        </p>
      ) : null}
      <OpenedFromLink strings={strings.link} opened={opened} showing={linkView !== undefined || (opened?.kind !== "explanation" && opened !== undefined)} />

      <div className="space-y-2">
        <label htmlFor={inputId} className="block font-semibold">
          {strings.input.label}
        </label>
        <textarea
          id={inputId}
          data-field="response"
          value={typed}
          onPaste={(event) => {
            const pasted = event.clipboardData.getData("text/plain");
            if (pasted.length <= LARGE_PASTE_CHARS) return;
            event.preventDefault();
            load(pasted);
          }}
          onChange={(event) => {
            setTyped(event.target.value);
            setLargePaste(undefined);
            // A paste (or a drop) is read at once; typing waits for a pause (DEBOUNCE_MS).
            const input = event.nativeEvent instanceof InputEvent ? event.nativeEvent.inputType : "";
            if (input === "insertFromPaste" || input === "insertFromDrop") setDecodedText(event.target.value);
            setShare(undefined);
          }}
          rows={10}
          spellCheck={false}
          autoComplete="off"
          placeholder={strings.input.placeholder}
          className="w-full rounded-lg border border-field bg-raised p-3 font-mono text-sm"
        />
        {largePaste !== undefined ? (
          <p role="status" className="rounded-md border border-line bg-subtle p-2 text-sm">
            {strings.input.largePaste(megabytes(largePaste.length), largePasteLines, largePasteCut)}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">{strings.input.tryExample}</span>
          <ExampleToolbar label={strings.input.examplesLabel} examples={examples} onPick={load} enabled={start !== undefined} />
          {text ? (
            <button type="button" onClick={() => load("")} className="rounded-md px-2.5 py-1 underline underline-offset-2">
              {strings.input.clear}
            </button>
          ) : null}
        </div>
        <p className="text-xs text-muted">
          {strings.input.private}
        </p>
      </div>

      {/* A screen reader hears one line per decode; the explanation below is there to read at will. */}
      <p role="status" className="sr-only">
        {view && (text.trim() || linkView) ? decodeSummary(view.rows, view.total, locale) : ""}
      </p>
      <section role="region" aria-label={strings.explanation.region} className="space-y-6">
        {!result ? (
          <p className="text-sm text-soft">
            {workerState === "failed" ? strings.input.failed : text.trim() ? strings.input.reading : strings.input.emptyPrompt}
          </p>
        ) : null}
        {result ? <FactNotes notes={result.notes} locale={locale} /> : null}
        {result && result.notices.length > 0 ? (
          <ul className="space-y-1 text-sm text-soft">
            {result.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        ) : null}

        {view && client && (view.total > 1 || view.rows.length > 1) ? (
          <CodeTable locale={locale} rows={view.rows} total={view.total} client={client} absoluteUrl={absoluteUrl} loadEngine={needEngine} />
        ) : null}
        {view && view.total > view.result.responses.length ? (
          <p className="text-sm text-soft">{strings.explanation.firstOf(view.result.responses.length, view.total)}</p>
        ) : null}

        {result?.responses.map((response, index) => (
          <article key={index} className="space-y-4 rounded-lg border border-line p-4">
            {result.responses.length > 1 || response.http ? (
              <h2 className="text-lg font-semibold">
                {strings.explanation.response(result.responses.length > 1 ? index + 1 : undefined)}
                {response.timestamp ? (
                  <span className="ml-2 text-sm font-normal text-muted">
                    {strings.explanation.line(response.line)} · {response.timestamp}
                  </span>
                ) : null}
                {response.http ? (
                  <span className="ml-2 font-mono text-base font-normal">
                    HTTP {response.http.status}
                    {response.http.reason ? ` ${response.http.reason}` : ""}
                  </span>
                ) : null}
              </h2>
            ) : null}
            {response.warnings.map((warning) => (
              <p key={warning} className="rounded-md border border-warn-line bg-warn p-3 text-sm">
                {warning}
              </p>
            ))}
            <FactNotes notes={response.notes} locale={locale} />
            {response.findings.map((finding) => (
              <DecodedFinding
                key={`${finding.field}-${finding.code}-${finding.message ?? ""}`}
                locale={locale}
                finding={finding}
                reportUrl={reportUrl}
                signaturePaste={result.request ? decodedText : undefined}
              />
            ))}
          </article>
        ))}

        {result?.request ? (
          <Suspense fallback={null}>
            <PastedRequestChecks locale={locale} check={result.request} paste={decodedText} />
          </Suspense>
        ) : null}

        {result && (result.identifiers.length > 0 || result.environment) ? (
          <section aria-labelledby="identifiers" className="space-y-2">
            <h2 id="identifiers" className="text-lg font-semibold">
              {strings.explanation.identifiers}
            </h2>
            <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              {result.environment ? (
                <div className="contents">
                  <dt className="font-semibold">{strings.explanation.environment}</dt>
                  <dd>{result.environment === "sandbox" ? strings.explanation.sandbox : strings.explanation.production}</dd>
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

      {shareable ? (
        <div className="space-y-3">
          {text.trim() !== "" ? (
            <div className="space-y-3 rounded-lg border border-line p-3">
              <label className="flex items-center gap-2 text-sm font-semibold">
                <input
                  type="checkbox"
                  checked={includePaste}
                  onChange={(event) => {
                    setIncludePaste(event.target.checked);
                    setShare(undefined);
                  }}
                  className="size-4"
                />
                {strings.share.includePaste}
              </label>
              <p className="text-sm text-soft">{includePaste ? strings.share.withPaste : strings.share.withoutPaste}</p>
              {includePaste && pasteTooLong ? <p className="text-sm">{strings.share.pasteTooLong(megabytes(text.length), MAX_SHAREABLE_CHARS / 1024)}</p> : null}
              {includePaste && autoRedaction && previewText !== undefined ? (
                <PastePreview
                  strings={strings.preview}
                  secretLabels={strings.secretLabels}
                  text={previewText}
                  removals={engine?.placeholderRanges(previewText) ?? []}
                  autoRemoved={autoRedaction.removed}
                  removedBySender={engine?.countRemovedBySender(previewText) ?? 0}
                  canUndo={(currentEdits?.history.length ?? 0) > 0}
                  onRemoveSelection={removeFromPreview}
                  onUndo={undoPreviewRemoval}
                />
              ) : null}
            </div>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={copyShareLink}
              className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
            >
              {strings.share.copyLink}
            </button>
            <button
              type="button"
              onClick={copyTriageNote}
              disabled={!hasCodes}
              className="rounded-md border border-line-strong px-3 py-1.5 text-sm font-semibold hover:bg-chip disabled:opacity-50"
            >
              {strings.share.copyNote}
            </button>
            <span role="status" className="self-center text-sm text-muted">
              {noteStatus === "copied" ? strings.share.noteCopied : noteStatus === "failed" ? strings.share.copyFailed : ""}
            </span>
          </div>
          {share ? <ShareResult strings={strings.share} secretLabels={strings.secretLabels} share={share} /> : null}
        </div>
      ) : null}
    </div>
  );
}

/** What a link left out because of its limits, e.g. "3 more responses". */
function leftOutOf(
  says: DecodeStrings["share"],
  carries: ShareState["carries"],
  omitted: { responses?: number; findings?: number; identifiers?: number } | undefined,
  codes: string[],
  codesCarried: number,
): string[] {
  if (carries === "codes") {
    const distinct = new Set(codes).size;
    return distinct > codesCarried ? [says.leftOutCodes(distinct - codesCarried, distinct)] : [];
  }
  const counted = (count: number | undefined, what: "response" | "code" | "identifier") => (count ? [says.leftOutMore(count, what)] : []);
  return [...counted(omitted?.responses, "response"), ...counted(omitted?.findings, "code"), ...counted(omitted?.identifiers, "identifier")];
}

/** Says where what is shown came from, when it came from a link. */
function OpenedFromLink({ strings, opened, showing }: { strings: DecodeStrings["link"]; opened: Opened | undefined; showing: boolean }) {
  if (!opened || !showing || opened.kind === "problem") return null;
  const message =
    opened.kind === "explanation"
      ? opened.paste
        ? strings.openedWithPaste
        : strings.openedExplanation
      : opened.kind === "old-paste-link"
        ? strings.openedOldPaste
        : strings.openedCodes;
  return (
    <p role="status" className="rounded-lg border border-brand-300 bg-accent-soft p-3 text-sm dark:border-brand-700">
      {message}
    </p>
  );
}

function ShareResult({ strings, secretLabels, share }: { strings: DecodeStrings["share"]; secretLabels: DecodeStrings["secretLabels"]; share: ShareState }) {
  const carries =
    share.carries === "codes"
      ? strings.codesOnly
      : share.carries === "explanation-and-paste"
        ? strings.carriesWithPaste(share.codeCount, share.identifierCount)
        : strings.carriesExplanation(share.codeCount, share.identifierCount);
  const removed = [...share.removed.map((item) => `${item.count} × ${secretLabels[item.kind]}`), ...(share.removedBySender > 0 ? [strings.ownSelection(share.removedBySender)] : [])];
  return (
    <div role="status" className="space-y-2 rounded-lg border border-line p-3 text-sm">
      <p className="font-semibold">{share.copied ? strings.linkCopied : strings.linkNotCopied}</p>
      <p>
        {carries}
        {share.pasteLeftOut && share.carries !== "codes" ? strings.pasteLeftOut : ""}
        {share.leftOut.length > 0 ? strings.leftOut(share.leftOut) : ""}
      </p>
      {share.carries !== "codes" ? (
        <p>
          {removed.length > 0 ? strings.removed(removed) : strings.nothingRemoved} {strings.checkBeforeSending}
        </p>
      ) : null}
      <p>{strings.fragmentOnly}</p>
      <input readOnly value={share.link} aria-label={strings.linkLabel} onFocus={(event) => event.target.select()} className="w-full rounded border border-line-strong bg-subtle p-1.5 font-mono text-xs" />
    </div>
  );
}
