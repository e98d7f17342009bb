// "Your string to sign" against the one the recipe builds: the first character where they part, and the part it is in.
import type { StringPart, StringToSign } from "./canonical";
import { describeCharacter } from "./encoding";
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

export function compareStrings(expected: StringToSign, theirs: string, mistakes: MistakeString[] = []): StringComparison {
  // Text areas hold line feeds; a string copied from a Windows log may bring CR LF.
  const their = theirs.replace(/\r\n?/g, "\n");
  const wanted = expected.text;
  if (their === wanted) return { kind: "same" };
  let index = 0;
  while (index < wanted.length && index < their.length && wanted[index] === their[index]) index++;
  const part = partAt(expected, index);
  const explainedBy = mistakes.find((candidate) => candidate.text === their)?.mistake;
  const excerpt = (text: string) => {
    const from = Math.max(0, index - 12);
    return `${from > 0 ? "…" : ""}${text.slice(from, index + 12)}${index + 12 < text.length ? "…" : ""}`;
  };
  const position = `character ${index + 1}`;
  let summary: string;
  if (index === their.length) {
    summary = `Your string stops at ${position}, in ${part.label}: it lacks ${JSON.stringify(clip(wanted.slice(index)))}.`;
  } else if (index === wanted.length) {
    const extra = their.slice(index);
    summary = /^\s+$/.test(extra)
      ? `Your string has ${extra === "\n" ? "a line break" : "blank space"} after the end, perhaps from copying it; the rest is the same.`
      : `Your string goes on after the end of the string to sign: it adds ${JSON.stringify(clip(extra))}.`;
  } else {
    summary = `The first difference is at ${position}, in ${part.label}: the string to sign has ${describeCharacter(wanted[index])}, yours has ${describeCharacter(their[index])}.`;
  }
  return { kind: "differs", index, part, summary, expectedExcerpt: excerpt(wanted), theirExcerpt: excerpt(their), ...(explainedBy ? { explainedBy } : {}) };
}

/** The part holding the character at `index` (the last part when the index is at the end). */
export function partAt(stringToSign: StringToSign, index: number): StringPart {
  const parts = stringToSign.parts;
  const found = parts.find((part) => index >= part.start && index < part.start + part.value.length);
  return found ?? parts[parts.length - 1] ?? { label: "the string", value: "", fixed: false, start: 0 };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
