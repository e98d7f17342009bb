// The search records, built at build time from the same catalogue that renders the pages (never a second copy), one
// index per language. Both hold the same records at the same (unprefixed) paths; the page's language adds its prefix.
import type { Catalogue, Entry, Guide } from "../content/load";
import type { SnapService } from "../content/schema";
import { LABELS } from "../i18n/labels";
import type { Locale } from "../i18n/locale";
import { SEARCH_RECORD_WORDS } from "../i18n/search";
import { operationName, serviceGroupName } from "../i18n/snap";
import { serviceAnchor } from "../snap/explain-code";
import { mentionedCodes, plainText, sectionText } from "./plain-text";

export interface SearchRecord {
  /** Unique, e.g. "http/401", "service/24", "guide/doku-notes". */
  id: string;
  /** Site-relative permalink without a language prefix, e.g. "/http/401/" or "/snap/services/#service-24". */
  url: string;
  code: string;
  /** Family label shown with the result, e.g. "HTTP status codes". */
  family: string;
  httpStatus?: number;
  title: string;
  /** The one line shown under a result. */
  meaning: string;
  /**
   * The source's own words, e.g. DOKU's message example or ASPI's responseMessage and description. In Indonesian,
   * the same words as published (a log shows them in English), our translation of them, and the English title.
   */
  message: string;
  aliases: string[];
  /** Common causes, in plain words; searched with a low weight. */
  details: string;
}

/** Longest text kept from a body, so the index stays small as the catalogue grows. */
const DETAILS_MAX = 400;
const GUIDE_DETAILS_MAX = 4000;

export function toSearchRecords(catalogue: Pick<Catalogue, "entries" | "services" | "guides">, locale: Locale = "en"): SearchRecord[] {
  return [
    ...catalogue.entries.map((entry) => entryRecord(entry, locale)),
    ...catalogue.services.map((service) => serviceRecord(service, locale)),
    ...catalogue.guides.map((guide) => guideRecord(guide, locale)),
  ];
}

function entryRecord(entry: Entry, locale: Locale): SearchRecord {
  const { publisher: _publisher, httpStatus: _status, ...words } = entry.official;
  const published = proseOf(words);
  const [causes, meaning] = SEARCH_RECORD_WORDS[locale].sections;
  const text = locale === "id" ? entry.id_ID : entry;
  // A reader on /id/ may search with a log's words or an English page's: the Indonesian record keeps both.
  const message = locale === "id" ? [...published, ...proseOf(entry.id_ID.official), entry.title] : published;
  return {
    id: entry.id,
    url: entry.url,
    code: entry.code,
    family: LABELS[locale].families[entry.family],
    ...(entry.httpStatus !== undefined ? { httpStatus: entry.httpStatus } : {}),
    title: text.title,
    meaning: text.summary,
    message: unique(message).join(" · "),
    // Codes and aliases are the same in both languages: a log or an English page gives them in English.
    aliases: entry.aliases,
    details: truncate(sectionText(text.body, causes) || sectionText(text.body, meaning)),
  };
}

function serviceRecord(service: SnapService, locale: Locale): SearchRecord {
  const words = SEARCH_RECORD_WORDS[locale];
  const group = serviceGroupName(service.group, locale);
  const operations = service.doku ? unique([service.doku.operation, operationName(service.doku.operation, locale)]) : [];
  return {
    id: `service/${service.code}`,
    url: `/snap/services/#${serviceAnchor(service.code)}`,
    code: service.code,
    family: words.serviceFamily,
    // ASPI's name, as published, in both languages.
    title: service.name,
    meaning: `${group}: ${service.method} ${service.path}${service.doku ? `. ${words.usedByDoku}` : ""}`,
    message: service.name,
    aliases: [`service ${service.code}`, ...operations],
    details: group,
  };
}

function guideRecord(guide: Guide, locale: Locale): SearchRecord {
  const text = locale === "id" ? guide.id_ID : guide;
  return {
    id: `guide/${guide.slug}`,
    url: guide.url,
    code: "",
    family: SEARCH_RECORD_WORDS[locale].guideFamily,
    title: text.title,
    meaning: text.description,
    message: "",
    // The codes are the same in both languages: a twin keeps every code span of its English body.
    aliases: mentionedCodes(guide.body),
    // Guides are few and long: they keep more text, so a rare term only a guide explains (e.g. "5504") finds it.
    details: truncate(plainText(text.body), GUIDE_DETAILS_MAX),
  };
}

/** The strings' prose values: the publisher's fields that hold words, not the publisher's name or a status. */
function proseOf(fields: object): string[] {
  return Object.values(fields).filter((value): value is string => typeof value === "string");
}

function truncate(text: string, max = DETAILS_MAX): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(" ", max))}…`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
