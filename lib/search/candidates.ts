// A trigram prefilter: fuse.js scores every record it is given with a bitap scan, which costs milliseconds per
// thousand records. So each query first picks the records sharing enough trigrams with it (typos keep most of
// them: "INVALD_TOKN" shares INV, NVA, VAL, TOK with INVALID_TOKEN), and fuse.js ranks only those.
import type { SearchRecord } from "./records";

/** Lower case, every run of other characters a single space: "Invalid_Token!" ⇒ "invalid token". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Trigrams of one word, padded so short words and word starts count: "tok" ⇒ " to", "tok", "ok ". */
function wordTrigrams(word: string): string[] {
  const padded = ` ${word} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

/** Trigrams of each word of a text. `cache` keeps each word's trigrams once: the catalogue repeats its words a lot. */
export function trigramsOf(text: string, cache?: Map<string, string[]>): Set<string> {
  const grams = new Set<string>();
  for (const word of new Set(foldText(text).split(" "))) {
    if (!word) continue;
    let wordGrams = cache?.get(word);
    if (!wordGrams) {
      wordGrams = wordTrigrams(word);
      cache?.set(word, wordGrams);
    }
    for (const gram of wordGrams) grams.add(gram);
  }
  return grams;
}

export interface CandidateIndex {
  /** Indices of the records most likely to match, best first, at most `limit`; `minShare` of the query's trigrams. */
  candidates(query: string, limit: number, minShare?: number): number[];
  /** Indices of the records holding `word` as a whole word in any field, e.g. "5504". */
  withWord(word: string): readonly number[];
}

/** `fieldsOf` gives the text a record is found by; `wordsOf` longer text matched by whole words only. */
export function createCandidateIndex(
  records: readonly SearchRecord[],
  fieldsOf: (record: SearchRecord) => string,
  wordsOf: (record: SearchRecord) => string,
): CandidateIndex {
  const postings = new Map<string, number[]>();
  const wordPostings = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };
  const cache = new Map<string, string[]>();
  records.forEach((record, index) => {
    const fields = fieldsOf(record);
    for (const gram of trigramsOf(fields, cache)) push(postings, gram, index);
    for (const word of new Set(foldText(`${fields} ${wordsOf(record)}`).split(" "))) if (word.length >= 2) push(wordPostings, word, index);
  });
  const counts = new Float64Array(records.length);

  return {
    withWord(word) {
      return wordPostings.get(foldText(word)) ?? [];
    },
    candidates(query, limit, minShare = 1 / 3) {
      const grams = [...trigramsOf(query)];
      counts.fill(0);
      const touched: number[] = [];
      const bump = (index: number, by: number) => {
        if (counts[index] === 0) touched.push(index);
        counts[index] = (counts[index] ?? 0) + by;
      };
      for (const gram of grams) for (const index of postings.get(gram) ?? []) bump(index, 1);
      // A whole query word in the long text counts like a third of its trigrams: enough to be ranked, not to lead.
      for (const word of foldText(query).split(" ")) {
        if (word.length >= 3) for (const index of wordPostings.get(word) ?? []) bump(index, (word.length + 2) / 3);
      }
      // By default, share a third of the query's trigrams: typos keep more than that, unrelated text rarely does.
      const needed = Math.max(1, grams.length * minShare);
      return touched
        .filter((index) => (counts[index] ?? 0) >= needed)
        .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b)
        .slice(0, limit);
    },
  };
}
