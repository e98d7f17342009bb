// The slice of the catalogue the paste-box needs, built at build time into /decode-catalogue.json (English) and
// /id/decode-catalogue.json (our Indonesian, with DOKU's words as published), which the paste-box fetches with its
// code: decoding itself makes no request. The catalogue's language is the decoder's: it speaks the one it was given.
import type { Catalogue, Entry } from "../content/load";
import { type Family, type NoteId, OFFICIAL_FIELDS, type Outcome, type RetryVerdict, TRANSLATED_OFFICIAL_FIELDS, outcomeOf } from "../content/schema";
import { LABELS } from "../i18n/labels";
import { type Locale, localePath } from "../i18n/locale";
import { mentionedCodes, plainText, sectionMarkdown } from "../search/plain-text";
import type { FactNote, SnapCatalogue } from "../snap/explain-code";
import { toFactNote, toSnapCatalogue } from "../snap/snap-catalogue";

export interface DecodeEntry {
  id: string;
  url: string;
  code: string;
  family: Family;
  familyLabel: string;
  title: string;
  summary: string;
  httpStatus?: number;
  outcome: Outcome;
  /** The outcome in the catalogue's language, e.g. "Error", "Gagal". */
  outcomeLabel: string;
  /** Who the quoted words are from, e.g. "DOKU", "ASPI". */
  publisher: Entry["official"]["publisher"];
  /** The heading over them in the catalogue's language, e.g. "DOKU's words", "Kata-kata DOKU". */
  publisherWords: string;
  /**
   * The source's own words, exactly: [label, text], e.g. ["responseMessage", "Unauthorized. [reason]"]; in the
   * Indonesian catalogue with our translation beside them, e.g. [..., "Tidak diizinkan. [reason]"].
   */
  words: [label: string, text: string, ourTranslation?: string][];
  whoActs: string[];
  retry: { safe: RetryVerdict; label: string; reason: string };
  /** The first step of "How to fix it" (or "What to do next"), in plain words. */
  nextStep: string;
  /** The first common causes, in plain words. */
  causes: string[];
  /** Other spellings of the code a paste may carry, e.g. card 51's "0051" (DOKU's report form). */
  codeAliases: string[];
  /** Phrases that name this failure in a client's own words, e.g. curl 28's "ETIMEDOUT", "Operation timed out". */
  phrases: string[];
  /** A sentence support can send to the customer as it is, in both languages (codes a customer can cause or see). */
  customerMessage?: { en: string; id: string };
}

/** A guide and the codes it mentions, so a code without a page still leads somewhere (e.g. legacy 5504). */
export interface GuideRef {
  url: string;
  title: string;
  codes: string[];
}

export interface DecodeCatalogue {
  /** The language of the catalogue's words, and so of what the decoder says. */
  locale: Locale;
  entries: DecodeEntry[];
  snap: SnapCatalogue;
  /** Every DOKU note the decoder may add (content/doku-facts.yaml). */
  notes: Record<NoteId, FactNote>;
  /** DOKU's API hosts and the environment each serves. */
  hosts: { host: string; environment: "sandbox" | "production" }[];
  guides: GuideRef[];
}

/** The publisher's words the paste-box quotes: the prose, not the codes and enums the page also lists. */
const WORDS_SHOWN: readonly string[] = ["responseMessage", "meaning", "messageExample", "description", "suggestedAction"];
const WORD_FIELDS = OFFICIAL_FIELDS.map((field) => field.key).filter((key) => WORDS_SHOWN.includes(key));

/** The body headings the paste-box reads its steps and causes from, in each language's body. */
const HEADINGS: Record<Locale, { fix: string; next: string; causes: string }> = {
  en: { fix: "How to fix it", next: "What to do next", causes: "Common causes" },
  id: { fix: "Cara memperbaikinya", next: "Langkah selanjutnya", causes: "Penyebab umum" },
};

/** Items of a Markdown list under a heading, or its first paragraph when it has no list. */
function listItems(body: string, heading: string): string[] {
  const section = sectionMarkdown(body, heading);
  // A list item runs until the next item or a blank line; continuation lines are indented.
  const items = [...section.matchAll(/^(?:[-*+]|\d+\.)\s+([\s\S]*?)(?=\n(?:[-*+]|\d+\.)\s|\n\s*\n|(?![\s\S]))/gm)].map((match) => match[1] ?? "");
  return (items.length > 0 ? items : [section]).map(plainText).filter(Boolean);
}

export function toDecodeEntry(entry: Entry, locale: Locale = "en"): DecodeEntry {
  const outcome = outcomeOf(entry);
  const labels = LABELS[locale];
  const headings = HEADINGS[locale];
  const text = locale === "id" ? entry.id_ID : entry;
  const steps = listItems(text.body, outcome === "error" ? headings.fix : headings.next);
  const translations: Partial<Record<string, string>> = locale === "id" ? entry.id_ID.official : {};
  return {
    id: entry.id,
    url: localePath(locale, entry.url),
    code: entry.code,
    family: entry.family,
    familyLabel: labels.families[entry.family],
    title: text.title,
    summary: text.summary,
    ...(entry.httpStatus !== undefined ? { httpStatus: entry.httpStatus } : {}),
    outcome,
    outcomeLabel: labels.outcomes[outcome],
    publisher: entry.official.publisher,
    publisherWords: labels.publisherWords[entry.official.publisher],
    words: WORD_FIELDS.flatMap((key) => {
      const words = entry.official[key];
      if (typeof words !== "string") return [];
      const translation = isTranslated(key) ? translations[key] : undefined;
      return [[labels.officialFields[key], words, ...(translation ? [translation] : [])] as [string, string, string?]];
    }),
    whoActs: entry.whoActs.map((actor) => labels.actors[actor]),
    retry: { safe: entry.retry.safe, label: labels.retry[entry.retry.safe], reason: locale === "id" ? entry.id_ID.retryReason : entry.retry.reason },
    nextStep: steps[0] ?? "",
    causes: outcome === "error" ? listItems(text.body, headings.causes).slice(0, 3) : [],
    codeAliases: entry.aliases.filter((alias) => CODE_SHAPED.test(alias) && alias !== entry.code),
    // A client's own words for a network failure: "ECONNREFUSED", "Connection reset by peer". The numbered forms
    // ("curl: (7)", "cURL error 7") are read by the decoder's pattern, which also reads the number.
    phrases: entry.family === "curl" ? entry.aliases.filter((alias) => !/^curl/i.test(alias)) : [],
    ...(entry.customerMessage && entry.id_ID.customerMessage ? { customerMessage: { en: entry.customerMessage, id: entry.id_ID.customerMessage } } : {}),
  };
}

function isTranslated(key: string): key is (typeof TRANSLATED_OFFICIAL_FIELDS)[number] {
  return (TRANSLATED_OFFICIAL_FIELDS as readonly string[]).includes(key);
}

/** An alias written like a code ("0051", "5007400"), as opposed to a phrase ("do not honor"). */
const CODE_SHAPED = /^[A-Za-z0-9_]{2,16}$/;

export function toDecodeCatalogue({ entries, services, notes, hosts, guides }: Pick<Catalogue, "entries" | "services" | "notes" | "hosts" | "guides">, locale: Locale = "en"): DecodeCatalogue {
  // SNAP titles, service families and notes in the catalogue's language; responseMessage stays as published, and urls
  // stay without a language prefix: SnapCodeParts adds the page's own (components/snap-code-parts.tsx).
  const snap = toSnapCatalogue(entries, services, notes, locale);
  return {
    locale,
    entries: entries.map((entry) => toDecodeEntry(entry, locale)),
    snap,
    // The loader has checked that every NOTE_ID is present exactly once.
    notes: Object.fromEntries(notes.map((note) => [note.id, toFactNote(note, locale)])) as Record<NoteId, FactNote>,
    hosts: hosts.map(({ host, environment }) => ({ host, environment })),
    guides: guides.map((guide) => ({ url: localePath(locale, guide.url), title: locale === "id" ? guide.id_ID.title : guide.title, codes: mentionedCodes(guide.body) })),
  };
}
