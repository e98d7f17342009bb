// The paste-box's decoder, in a worker, speaking the language of the catalogue it loads: the catalogue is parsed and every paste decoded here, off the main thread, so
// a 5 MB log never freezes the page. The page gets what it shows: the code table (every response counted), the first
// responses in full, and on request the (redacted) lines of one code.
import type { DecodeCatalogue } from "../../lib/decode/catalogue";
import type { FactNote } from "../../lib/snap/explain-code";
import { type CodeRow, summariseCodes } from "../../lib/decode/code-table";
import { type DecodeResult, decodePaste } from "../../lib/decode/decode";
import { redactSecrets } from "../../lib/decode/redact";
import { type SharedLink, readShareFragment } from "../../lib/decode/share-link";
import { restoreExplanation } from "../../lib/decode/shared-explanation";
import { DECODE_STRINGS } from "../../lib/i18n/decode";

/** Responses shown in full as cards; the table counts them all. */
export const MAX_CARDS = 20;
/** Lines of one code sent at a time when its row is opened. */
export const LINES_PAGE = 50;
/** Characters of one response's lines shown; a longer record is cut, saying so. */
const MAX_RECORD_CHARS = 2_000;

/** What the page shows of a decoded paste. `result.responses` holds the first MAX_CARDS; `total` counts them all. */
export interface DecodeView {
  result: DecodeResult;
  total: number;
  rows: CodeRow[];
  /** DOKU's support channels (content/doku-facts.yaml), for the triage note. */
  support: FactNote;
}

export interface RecordLines {
  /** 1-based line number in the paste. */
  line: number;
  /** The response's lines, secrets redacted, cut to MAX_RECORD_CHARS (with what was cut said). */
  text: string;
}

export type DecodeRequest =
  | { type: "load"; catalogueUrl: string }
  | { type: "decode"; id: number; text: string }
  | { type: "lines"; id: number; key: string; from: number }
  | { type: "open-link"; id: number; hash: string };

export type DecodeReply =
  | { type: "ready" }
  | { type: "failed" }
  | { type: "decoded"; id: number; view: DecodeView }
  | { type: "lines"; id: number; lines: RecordLines[]; total: number }
  | { type: "link"; id: number; reading: SharedLink; view?: DecodeView };

let catalogue: DecodeCatalogue | undefined;
let loading: Promise<void> | undefined;
/** The last paste decoded, to read a row's lines from. */
let last: { text: string; result: DecodeResult; rows: CodeRow[] } | undefined;
const post = (reply: DecodeReply) => self.postMessage(reply);

function view(text: string, result: DecodeResult, loaded: DecodeCatalogue): DecodeView {
  const rows = summariseCodes(result, loaded.locale);
  last = { text, result, rows };
  return { result: { ...result, responses: result.responses.slice(0, MAX_CARDS) }, total: result.responses.length, rows, support: loaded.notes["doku-support"] };
}

function linesOf(key: string, from: number): { lines: RecordLines[]; total: number } {
  const row = last?.rows.find((candidate) => candidate.key === key);
  if (!last || !row) return { lines: [], total: 0 };
  const { text, result } = last;
  const lines = row.responses.slice(from, from + LINES_PAGE).flatMap((index) => {
    const response = result.responses[index];
    if (!response) return [];
    const record = text.slice(response.start, response.end);
    const shown = record.length > MAX_RECORD_CHARS ? `${record.slice(0, MAX_RECORD_CHARS)}… ${DECODE_STRINGS[catalogue?.locale ?? "en"].codeTable.moreChars(record.length - MAX_RECORD_CHARS)}` : record;
    return [{ line: response.line, text: redactSecrets(shown).text }];
  });
  return { lines, total: row.responses.length };
}

async function handle(request: DecodeRequest) {
  if (request.type === "load") {
    loading ??= fetch(request.catalogueUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`decode catalogue: HTTP ${response.status}`);
        return response.json() as Promise<DecodeCatalogue>;
      })
      .then((loaded) => {
        catalogue = loaded;
        post({ type: "ready" });
      })
      .catch(() => {
        loading = undefined;
        post({ type: "failed" });
      });
    return;
  }
  if (!catalogue) return;
  switch (request.type) {
    case "decode":
      post({ type: "decoded", id: request.id, view: view(request.text, decodePaste(request.text, catalogue), catalogue) });
      return;
    case "lines":
      post({ type: "lines", id: request.id, ...linesOf(request.key, request.from) });
      return;
    case "open-link": {
      const reading = await readShareFragment(request.hash);
      const restored = reading.kind === "explanation" ? restoreExplanation(reading.explanation, catalogue) : undefined;
      post({ type: "link", id: request.id, reading, ...(restored ? { view: view(reading.kind === "explanation" ? (reading.explanation.paste ?? "") : "", restored, catalogue) } : {}) });
    }
  }
}

self.onmessage = (event: MessageEvent<DecodeRequest>) => void handle(event.data);
