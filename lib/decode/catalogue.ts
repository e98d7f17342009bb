// The slice of the catalogue the paste-box needs, built at build time into /decode-catalogue.json, which the paste-box
// fetches with its code: decoding itself makes no request.
import type { Catalogue, Entry } from "../content/load";
import { ACTOR_LABELS, FAMILIES, OFFICIAL_FIELDS, type Family, type NoteId, type Outcome, RETRY_LABELS, type RetryVerdict, outcomeOf } from "../content/schema";
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
  /** Who the quoted words are from, e.g. "DOKU", "ASPI". */
  publisher: Entry["official"]["publisher"];
  /** The source's own words, exactly: [label, text], e.g. ["responseMessage", "Unauthorized. [reason]"]. */
  words: [label: string, text: string][];
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
}

/** A guide and the codes it mentions, so a code without a page still leads somewhere (e.g. legacy 5504). */
export interface GuideRef {
  url: string;
  title: string;
  codes: string[];
}

export interface DecodeCatalogue {
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
const WORD_LABELS = OFFICIAL_FIELDS.filter((field) => WORDS_SHOWN.includes(field.key));

/** Items of a Markdown list under a heading, or its first paragraph when it has no list. */
function listItems(body: string, heading: string): string[] {
  const section = sectionMarkdown(body, heading);
  // A list item runs until the next item or a blank line; continuation lines are indented.
  const items = [...section.matchAll(/^(?:[-*+]|\d+\.)\s+([\s\S]*?)(?=\n(?:[-*+]|\d+\.)\s|\n\s*\n|(?![\s\S]))/gm)].map((match) => match[1] ?? "");
  return (items.length > 0 ? items : [section]).map(plainText).filter(Boolean);
}

export function toDecodeEntry(entry: Entry): DecodeEntry {
  const outcome = outcomeOf(entry);
  const steps = listItems(entry.body, outcome === "error" ? "How to fix it" : "What to do next");
  return {
    id: entry.id,
    url: entry.url,
    code: entry.code,
    family: entry.family,
    familyLabel: FAMILIES[entry.family].label,
    title: entry.title,
    summary: entry.summary,
    ...(entry.httpStatus !== undefined ? { httpStatus: entry.httpStatus } : {}),
    outcome,
    publisher: entry.official.publisher,
    words: WORD_LABELS.flatMap(({ key, label }) => {
      const text = entry.official[key];
      return typeof text === "string" ? [[label, text] as [string, string]] : [];
    }),
    whoActs: entry.whoActs.map((actor) => ACTOR_LABELS[actor]),
    retry: { safe: entry.retry.safe, label: RETRY_LABELS[entry.retry.safe], reason: entry.retry.reason },
    nextStep: steps[0] ?? "",
    causes: outcome === "error" ? listItems(entry.body, "Common causes").slice(0, 3) : [],
    codeAliases: entry.aliases.filter((alias) => CODE_SHAPED.test(alias) && alias !== entry.code),
    // A client's own words for a network failure: "ECONNREFUSED", "Connection reset by peer". The numbered forms
    // ("curl: (7)", "cURL error 7") are read by the decoder's pattern, which also reads the number.
    phrases: entry.family === "curl" ? entry.aliases.filter((alias) => !/^curl/i.test(alias)) : [],
  };
}

/** An alias written like a code ("0051", "5007400"), as opposed to a phrase ("do not honor"). */
const CODE_SHAPED = /^[A-Za-z0-9_]{2,16}$/;

export function toDecodeCatalogue({ entries, services, notes, hosts, guides }: Pick<Catalogue, "entries" | "services" | "notes" | "hosts" | "guides">): DecodeCatalogue {
  return {
    entries: entries.map(toDecodeEntry),
    snap: toSnapCatalogue(entries, services, notes),
    // The loader has checked that every NOTE_ID is present exactly once.
    notes: Object.fromEntries(notes.map((note) => [note.id, toFactNote(note)])) as Record<NoteId, FactNote>,
    hosts: hosts.map(({ host, environment }) => ({ host, environment })),
    guides: guides.map((guide) => ({ url: guide.url, title: guide.title, codes: mentionedCodes(guide.body) })),
  };
}
