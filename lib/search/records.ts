// The search records, built at build time from the same catalogue that renders the pages (never a second copy).
import type { Catalogue, Entry, Guide } from "../content/load";
import { FAMILIES, type SnapService } from "../content/schema";
import { serviceAnchor } from "../snap/snap-catalogue";
import { mentionedCodes, plainText, sectionText } from "./plain-text";

export interface SearchRecord {
  /** Unique, e.g. "http/401", "service/24", "guide/doku-notes". */
  id: string;
  /** Site-relative permalink, e.g. "/http/401/" or "/snap/services/#service-24". */
  url: string;
  code: string;
  /** Family label shown with the result, e.g. "HTTP status codes". */
  family: string;
  httpStatus?: number;
  title: string;
  /** The one line shown under a result. */
  meaning: string;
  /** The source's own words, e.g. DOKU's message example or ASPI's responseMessage and description. */
  message: string;
  aliases: string[];
  /** Common causes, in plain words; searched with a low weight. */
  details: string;
}

/** Longest text kept from a body, so the index stays small as the catalogue grows. */
const DETAILS_MAX = 400;
const GUIDE_DETAILS_MAX = 4000;

export function toSearchRecords(catalogue: Pick<Catalogue, "entries" | "services" | "guides">): SearchRecord[] {
  return [...catalogue.entries.map(entryRecord), ...catalogue.services.map(serviceRecord), ...catalogue.guides.map(guideRecord)];
}

function entryRecord(entry: Entry): SearchRecord {
  const { publisher: _publisher, httpStatus: _status, ...words } = entry.official;
  return {
    id: entry.id,
    url: entry.url,
    code: entry.code,
    family: FAMILIES[entry.family].label,
    ...(entry.httpStatus !== undefined ? { httpStatus: entry.httpStatus } : {}),
    title: entry.title,
    meaning: entry.summary,
    message: unique(Object.values(words).filter((value): value is string => typeof value === "string")).join(" · "),
    aliases: entry.aliases,
    details: truncate(sectionText(entry.body, "Common causes") || sectionText(entry.body, "What it means")),
  };
}

function serviceRecord(service: SnapService): SearchRecord {
  return {
    id: `service/${service.code}`,
    url: `/snap/services/#${serviceAnchor(service.code)}`,
    code: service.code,
    family: "SNAP service codes",
    title: service.name,
    meaning: `${service.group}: ${service.method} ${service.path}${service.doku ? ". Used by DOKU." : ""}`,
    message: service.name,
    aliases: [`service ${service.code}`, ...(service.doku ? [service.doku.operation] : [])],
    details: service.group,
  };
}

function guideRecord(guide: Guide): SearchRecord {
  return {
    id: `guide/${guide.slug}`,
    url: guide.url,
    code: "",
    family: "Guides",
    title: guide.title,
    meaning: guide.description,
    message: "",
    aliases: mentionedCodes(guide.body),
    // Guides are few and long: they keep more text, so a rare term only a guide explains (e.g. "5504") finds it.
    details: truncate(plainText(guide.body), GUIDE_DETAILS_MAX),
  };
}

function truncate(text: string, max = DETAILS_MAX): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(" ", max))}…`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
