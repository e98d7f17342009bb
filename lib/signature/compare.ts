// "Your string to sign" against the one the recipe builds: the first character where they part, and the part it is in.
import type { StringPart, StringToSign } from "./canonical";
import { type SignatureText, SIGNATURE_TEXT } from "../i18n/signature";
import type { Locale } from "../i18n/locale";
import type { Mistake } from "./variants";

export type StringComparison =
  | { kind: "same" }
  | {
      kind: "differs";
      /** 0-based index of the first differing character. */
      index: number;
      part: StringPart;
      /** One sentence naming the position, the part and the two characters. */
      summary: string;
      /** A few characters around the difference in each string. */
      expectedExcerpt: string;
      theirExcerpt: string;
      /** Their string is exactly what this known mistake builds. */
      explainedBy?: Mistake;
    };

/** A built string that a known mistake makes, for matching the reader's string against. */
export interface MistakeString {
  mistake: Mistake;
  text: string;
}

export function compareStrings(expected: StringToSign, theirs: string, mistakes: MistakeString[] = [], locale: Locale = "en"): StringComparison {
  const t = SIGNATURE_TEXT[locale].compare;
  // Text areas hold line feeds; a string copied from a Windows log may bring CR LF.
  const their = theirs.replace(/\r\n?/g, "\n");
  const wanted = expected.text;
  if (their === wanted) return { kind: "same" };
  let index = 0;
  while (index < wanted.length && index < their.length && wanted[index] === their[index]) index++;
  const part = partAt(expected, index, SIGNATURE_TEXT[locale].parts.wholeString);
  const explainedBy = mistakes.find((candidate) => candidate.text === their)?.mistake;
  const excerpt = (text: string) => {
    const from = Math.max(0, index - 12);
    return `${from > 0 ? "…" : ""}${text.slice(from, index + 12)}${index + 12 < text.length ? "…" : ""}`;
  };
  const position = t.position(index + 1);
  let summary: string;
  if (index === their.length) {
    summary = t.stops(position, part.label, JSON.stringify(clip(wanted.slice(index))));
  } else if (index === wanted.length) {
    const extra = their.slice(index);
    summary = /^\s+$/.test(extra) ? t.trailing(extra === "\n") : t.goesOn(JSON.stringify(clip(extra)));
  } else {
    summary = t.differs(position, part.label, describeCharacter(wanted[index], t.characters), describeCharacter(their[index], t.characters));
  }
  return { kind: "differs", index, part, summary, expectedExcerpt: excerpt(wanted), theirExcerpt: excerpt(their), ...(explainedBy ? { explainedBy } : {}) };
}

/** The part holding the character at `index` (the last part when the index is at the end). */
export function partAt(stringToSign: StringToSign, index: number, wholeString = "the string"): StringPart {
  const parts = stringToSign.parts;
  const found = parts.find((part) => index >= part.start && index < part.start + part.value.length);
  return found ?? parts[parts.length - 1] ?? { label: wholeString, value: "", fixed: false, start: 0 };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A character as a reader can see it in a sentence: "a", a space, a line break, U+00A0, the end of the string. */
function describeCharacter(char: string | undefined, words: SignatureText["compare"]["characters"]): string {
  if (char === undefined) return words.end;
  if (char === " ") return words.space;
  if (char === "\n") return words.lineBreak;
  if (char === "\r") return words.carriageReturn;
  if (char === "\t") return words.tab;
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || /\s/.test(char)) return words.codePoint(`U+${code.toString(16).toUpperCase().padStart(4, "0")}`);
  return words.character(char);
}
