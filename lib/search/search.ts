// Search over the catalogue: an exact and prefix path for code-like input, then fuse.js for words.
// The ranking settings (FUSE_OPTIONS) live here; the ranking table (ranking-table.ts, run by search.test.ts) holds them
// to account.
import Fuse, { type FuseResultMatch, type IFuseOptions } from "fuse.js";
import { SNAP_CODE_PATTERN, casePatternOf, normaliseCode } from "../snap/parse-code";
import { createCandidateIndex, foldText } from "./candidates";
import type { SearchRecord } from "./records";

export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: [
    { name: "code", weight: 4 },
    { name: "aliases", weight: 3 },
    { name: "message", weight: 2 },
    { name: "title", weight: 2 },
    { name: "meaning", weight: 1 },
    // `details` (common causes) is not scanned by fuse.js: too long to scan per query. The prefilter matches its
    // whole words, which brings such records in as candidates.
  ],
  threshold: 0.34,
  // Messages are matched anywhere in a field, not only near its start.
  ignoreLocation: true,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
};

/** Multi-word results scoring worse than this (0 is perfect, 1 no match) are noise: "wrong pin" matching "wrong". */
export const WORDS_SCORE_CUTOFF = 0.75;
const MIN_HIGHLIGHT = 3;
/** How many prefiltered records fuse.js ranks per query. */
const CANDIDATES = 50;
const PHRASE_CANDIDATES = 200;

/** When nothing matched: a far looser fuzzy match over the code and its names only. */
function nearestTo(query: string, candidates: SearchRecord[]): SearchRecord[] {
  const loose = new Fuse(candidates, { keys: ["code", "aliases", "title"], threshold: 0.6, ignoreLocation: true });
  return loose.search(query, { limit: 5 }).map((result) => result.item);
}

/** Where a result's match is, for highlighting: the field and [start, end] ranges (inclusive) in its value. */
export interface Highlight {
  key: "code" | "title" | "meaning" | "message" | "aliases" | "details";
  value: string;
  indices: readonly (readonly [number, number])[];
}

export interface SearchResult {
  record: SearchRecord;
  /** How it was found: by its exact code or alias, as a code starting with the query, by HTTP status, or by words. */
  via: "exact" | "prefix" | "status" | "case" | "service" | "words";
  highlights: Highlight[];
}

export interface SearchOutcome {
  results: SearchResult[];
  /** When nothing matches: the codes closest to the query by a looser measure, to offer instead. */
  nearest: SearchRecord[];
  /** A SNAP-shaped code no page documents: offer to explain it from its parts (e.g. "409US00", "500700"). */
  explainCode?: string;
}

export interface Searcher {
  search(query: string, limit?: number): SearchOutcome;
}

/** Query and codes compared without case or separators: "invalid-token" = "INVALID_TOKEN", "401 24 00" = "4012400". */
function compact(text: string): string {
  return text.toUpperCase().replace(/[\s_.-]+/g, "");
}

export function createSearcher(records: readonly SearchRecord[]): Searcher {
  // fuse.js ranks only the records a trigram prefilter picks, so a query costs the same at 300 or 10,000 records.
  const prefilter = createCandidateIndex(
    records,
    (record) => [record.code, ...record.aliases, record.title, record.message, record.meaning].join(" "),
    (record) => record.details,
  );
  const pick = (query: string, limit: number, minShare?: number) => prefilter.candidates(query, limit, minShare).map((index) => records[index] as SearchRecord);
  const order = new Map(records.map((record, index) => [record.id, index]));
  const byPosition = (a: SearchRecord, b: SearchRecord) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const keyed = records.map((record) => ({ record, code: compact(record.code), aliases: record.aliases.map(compact) }));
  // Each record's words, split once: its own (title and the source's words), and with our aliases too.
  const split = (texts: string[]) => [...new Set(foldText(texts.join(" ")).split(" "))];
  const words = new Map(records.map((record) => [record, { own: split([record.title, record.message]), all: split([record.title, record.message, ...record.aliases]) }]));
  const wordsOf = (record: SearchRecord) => words.get(record) ?? { own: [], all: [] };

  return {
    search(rawQuery, limit = 10) {
      const query = rawQuery.trim().slice(0, 200);
      const key = compact(query);
      if (key.length === 0) return { results: [], nearest: [] };
      const found = new Map<string, SearchResult>();
      const add = (record: SearchRecord, via: SearchResult["via"], highlights: Highlight[] = []) => {
        if (!found.has(record.id)) found.set(record.id, { record, via, highlights });
      };
      const codeHighlight = (record: SearchRecord, length: number): Highlight[] =>
        record.code ? [{ key: "code", value: record.code, indices: [[0, Math.min(length, record.code.length) - 1]] }] : [];

      const numeric = /^\d+$/.test(key);
      const codeLike = !/\s/.test(query) && /^[0-9A-Z]+$/.test(key);
      const byCode = (a: (typeof keyed)[number], b: (typeof keyed)[number]) => a.code.length - b.code.length || byPosition(a.record, b.record);

      // 1. The code itself.
      for (const { record } of keyed.filter((item) => item.code === key)) add(record, "exact", codeHighlight(record, record.code.length));

      // 2. A 3-digit number is an HTTP status: its page, then every code sent with it.
      if (numeric && key.length === 3) {
        for (const record of records.filter((item) => item.httpStatus === Number(key)).sort(byPosition)) add(record, "status");
      }

      // 3. A SNAP-shaped code no page has: its generic case and its service, and an offer to explain it from its parts.
      let explainCode: string | undefined;
      const snap = SNAP_CODE_PATTERN.exec(normaliseCode(query));
      const documented = keyed.some((item) => item.code === key);
      if (snap && !documented) {
        explainCode = key;
        const casePage = keyed.find((item) => item.code === casePatternOf(key));
        if (casePage) add(casePage.record, "case");
        const service = records.find((item) => item.id === `service/${snap[2]}`);
        if (service) add(service, "service");
      } else if (numeric && key.length >= 5 && key.length <= 8 && !documented) {
        // Digits that are not a well-formed code (e.g. the 6-character "500700"): still explain what can be.
        explainCode = key;
      }

      // 4. A code's other spellings (card "0005" for "05", legacy "3000" on 4042412) and codes that start with the
      //    query ("4012" ⇒ 4012400; "INVALID" ⇒ INVALID_PARAMETER). A number is more likely a spelling of a code; a
      //    word more likely the start of one ("maintenance" ⇒ MAINTENANCE_MODE before the 503 it is an alias of).
      const aliased = keyed.filter((item) => item.aliases.includes(key));
      const addAliased = () => aliased.forEach(({ record }) => add(record, "exact"));
      const addPrefixed = () =>
        keyed
          .filter((item) => key.length >= 2 && item.code.startsWith(key) && item.code !== key)
          .sort(byCode)
          .forEach(({ record }) => add(record, "prefix", codeHighlight(record, key.length)));
      if (codeLike && numeric) [addAliased, addPrefixed].forEach((step) => step());
      else if (codeLike) [addPrefixed, addAliased].forEach((step) => step());

      // 5. The title or the source's words holding the query as a phrase ("rate limit" ⇒ "Rate limit exceeded"),
      //    then aliases written as phrases ("VA not found").
      // Single words are left to the fuzzy pass, whose weights prefer a code or title over a passing mention.
      const phrase = !numeric && /\S\s+\S/.test(query) ? phrasePattern(query) : undefined;
      if (phrase) {
        // Only records holding every trigram of the phrase can contain it.
        for (const record of pick(query, PHRASE_CANDIDATES, 1)) {
          const highlights = (["title", "message"] as const).flatMap((field) => phraseHighlight(field, record[field], phrase));
          if (highlights.length > 0) add(record, "exact", highlights);
        }
      }
      for (const { record } of aliased) add(record, "exact");


      // A malformed code-like number with nothing found: at least the codes of its HTTP status.
      if (explainCode && found.size === 0 && numeric) {
        for (const record of records.filter((item) => item.httpStatus === Number(key.slice(0, 3))).sort(byPosition)) add(record, "status");
      }
      // 6. Words. Numbers are matched exactly (401 must not find 404), so digits only search as whole words.
      if (numeric) {
        for (const index of prefilter.withWord(key)) add(records[index] as SearchRecord, "words");
      } else {
        const pool = Math.max(limit * 3, 30);
        const candidates = pick(query, CANDIDATES);
        if (/\S\s+\S/.test(query)) {
          // Several words: each fuzzy-matched on its own and weighted by rarity, in any order ("External ID conflict").
          const byWords = new Fuse(candidates, { ...FUSE_OPTIONS, useTokenSearch: true });
          const scored = byWords.search(query, { limit: pool }).filter((result) => (result.score ?? 1) <= WORDS_SCORE_CUTOFF);
          // A typo in every word ("rate limt exceded"): records whose names hold a close word for each query word come
          // first, fewest edits first; fuzzy scoring alone lets a common word ("limit") outrank them.
          const edits = closeWordEdits(query, candidates, wordsOf);
          const fuzzy = new Map(scored.map((result) => [result.item.id, result]));
          const close = [...edits.keys()].sort(
            (a, b) => (edits.get(a) ?? 0) - (edits.get(b) ?? 0) || (fuzzy.get(a.id)?.score ?? 1) - (fuzzy.get(b.id)?.score ?? 1) || byPosition(a, b),
          );
          for (const record of close) add(record, "words", toHighlights(fuzzy.get(record.id)?.matches));
          for (const result of scored) add(result.item, "words", toHighlights(result.matches));
        } else {
          for (const result of new Fuse(candidates, FUSE_OPTIONS).search(query, { limit: pool })) add(result.item, "words", toHighlights(result.matches));
        }
      }
      const results = [...found.values()].slice(0, limit);
      const nearest = results.length === 0 ? nearestTo(query, pick(query, CANDIDATES, 0.15)) : [];
      return { results, nearest, ...(explainCode ? { explainCode } : {}) };
    },
  };
}

/** Edits a word may have and still be "close": none up to 3 letters, one up to 7, two beyond. */
function allowedEdits(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 7 ? 1 : 2;
}

/**
 * For each record whose title, aliases and source words hold, for every word of the query, a word within allowedEdits
 * of it (or starting with it): the total number of edits. Keyed by the record itself.
 */
function closeWordEdits(query: string, candidates: readonly SearchRecord[], wordsOf: (record: SearchRecord) => { own: string[]; all: string[] }): Map<SearchRecord, number> {
  const wanted = foldText(query).split(" ").filter(Boolean);
  const found = new Map<SearchRecord, number>();
  if (wanted.length < 2) return found;
  for (const record of candidates) {
    const { own, all } = wordsOf(record);
    // The title and the source's own words count before our aliases: "Rate limit exceeded" is DOKU's message on
    // TOO_MANY_REQUESTS and only an alias elsewhere.
    const ownEdits = totalEdits(wanted, own);
    const allEdits = ownEdits ?? totalEdits(wanted, all);
    if (allEdits !== undefined) found.set(record, ownEdits ?? allEdits + 0.5);
  }
  return found;
}

/** The edits it takes to find each wanted word among `words`, or undefined when one is not close to any. */
function totalEdits(wanted: readonly string[], words: readonly string[]): number | undefined {
  let total = 0;
  for (const word of wanted) {
    const allowed = allowedEdits(word);
    let best = allowed + 1;
    for (const other of words) {
      best = Math.min(best, word.length >= 3 && other.startsWith(word) ? 0 : boundedDistance(word, other, allowed));
      if (best === 0) break;
    }
    if (best > allowed) return undefined;
    total += best;
  }
  return total;
}

/** Levenshtein distance, or max + 1 as soon as it must exceed max. */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** The query as whole words, any whitespace between them: "rate  limit" matches "Rate limit exceeded". */
function phrasePattern(query: string): RegExp {
  const words = query.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "iu");
}

function phraseHighlight(key: "title" | "message", value: string, phrase: RegExp): Highlight[] {
  const match = phrase.exec(value);
  return match ? [{ key, value, indices: [[match.index, match.index + match[0].length - 1]] }] : [];
}

/** Fuse's matched ranges, without the 1–2 letter fragments fuzzy matching scatters over a text ("do", "nt"). */
function toHighlights(matches: readonly FuseResultMatch[] | undefined): Highlight[] {
  return (matches ?? []).flatMap((match) => {
    const indices = match.indices.filter(([start, end]) => end - start + 1 >= MIN_HIGHLIGHT);
    return match.key && match.value !== undefined && indices.length > 0 ? [{ key: match.key as Highlight["key"], value: match.value, indices }] : [];
  });
}
