import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryArticle } from "@/components/entry-article";
import { JsonLd } from "@/components/json-ld";
import { exampleResponse } from "@/lib/content/example-response";
import { getEntry, listEntries, listNotes, listServices } from "@/lib/content/load";
import { explainSnapCode } from "@/lib/snap/explain-code";
import { parseSnapCode } from "@/lib/snap/parse-code";
import { toSnapCatalogue } from "@/lib/snap/snap-catalogue";
import { relatedEntries } from "@/lib/content/related";
import { FAMILIES } from "@/lib/content/schema";
import { LABELS } from "@/lib/i18n/labels";
import { LOCALE_TAGS, type Locale, localePath } from "@/lib/i18n/locale";
import { absoluteUrl } from "@/lib/site";
import { pageMetadata } from "@/components/page-metadata";

/** The entry behind a route, or the 404 page. */
/** The static params of the code pages outside /snap/ (app/(en)/[folder]/[slug] and its Indonesian twin). */
export function folderEntryParams() {
  return listEntries()
    .filter((entry) => FAMILIES[entry.family].folder !== "snap")
    .map((entry) => ({ folder: entry.id.split("/")[0], slug: entry.slug }));
}

/** The static params of the SNAP code pages, which live next to the /snap/ index (app/(en)/snap/[slug] and its twin). */
export function snapEntryParams() {
  return listEntries()
    .filter((entry) => FAMILIES[entry.family].folder === "snap")
    .map((entry) => ({ slug: entry.slug }));
}

export function entryOrNotFound(id: string) {
  return getEntry(id) ?? notFound();
}

export function entryMetadata(id: string, locale: Locale): Metadata {
  const entry = entryOrNotFound(id);
  const text = locale === "id" ? entry.id_ID : entry;
  return pageMetadata({ locale, path: entry.url, title: `${entry.code} ${text.title}`, description: text.summary, twins: ["md", "json"], type: "article" });
}

/** For a SNAP entry, its parts named against the catalogue (a case pattern's service part is "XX"). */
function snapExplanation(entry: ReturnType<typeof entryOrNotFound>, locale: Locale) {
  if (entry.family !== "snap-case" && entry.family !== "snap-code") return undefined;
  const parsed = parseSnapCode(entry.code, locale);
  return parsed.kind === "snap" ? explainSnapCode(parsed, toSnapCatalogue(listEntries(), listServices(), listNotes(), locale)) : undefined;
}

/** A code's page: structured data plus the one article template every family shares. */
export function EntryPage({ id, locale }: { id: string; locale: Locale }) {
  const entry = entryOrNotFound(id);
  const text = locale === "id" ? entry.id_ID : entry;
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "DefinedTerm",
          name: `${entry.code} ${text.title}`,
          termCode: entry.code,
          description: text.summary,
          inLanguage: LOCALE_TAGS[locale].lang,
          url: absoluteUrl(localePath(locale, entry.url)),
          inDefinedTermSet: { "@type": "DefinedTermSet", name: LABELS[locale].families[entry.family], url: absoluteUrl(`${localePath(locale, FAMILIES[entry.family].index)}#${entry.family}`) },
        }}
      />
      <EntryArticle locale={locale} entry={entry} related={relatedEntries(entry, listEntries())} example={exampleResponse(entry)} snap={snapExplanation(entry, locale)} />
    </>
  );
}
