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
import { SITE_NAME, absoluteUrl } from "@/lib/site";
import { twinPath } from "@/lib/twins/markdown";

/** <link rel="alternate"> to a page's Markdown and JSON twins, for tools. */
export function twinAlternates(pageUrl: string, withJson = true) {
  return { "text/markdown": absoluteUrl(twinPath(pageUrl, "md")), ...(withJson ? { "application/json": absoluteUrl(twinPath(pageUrl, "json")) } : {}) };
}

/** The entry behind a route, or the 404 page. */
export function entryOrNotFound(id: string) {
  return getEntry(id) ?? notFound();
}

export function entryMetadata(id: string): Metadata {
  const entry = entryOrNotFound(id);
  const title = `${entry.code} ${entry.title}`;
  const url = absoluteUrl(entry.url);
  return {
    title,
    description: entry.summary,
    alternates: { canonical: url, types: twinAlternates(entry.url) },
    openGraph: { title, description: entry.summary, url, type: "article", siteName: SITE_NAME },
    twitter: { card: "summary", title, description: entry.summary },
  };
}

/** For a SNAP entry, its parts named against the catalogue (a case pattern's service part is "XX"). */
function snapExplanation(entry: ReturnType<typeof entryOrNotFound>) {
  if (entry.family !== "snap-case" && entry.family !== "snap-code") return undefined;
  const parsed = parseSnapCode(entry.code);
  return parsed.kind === "snap" ? explainSnapCode(parsed, toSnapCatalogue(listEntries(), listServices(), listNotes())) : undefined;
}

/** A code's page: structured data plus the one article template every family shares. */
export function EntryPage({ id }: { id: string }) {
  const entry = entryOrNotFound(id);
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "DefinedTerm",
          name: `${entry.code} ${entry.title}`,
          termCode: entry.code,
          description: entry.summary,
          url: absoluteUrl(entry.url),
          inDefinedTermSet: { "@type": "DefinedTermSet", name: FAMILIES[entry.family].label, url: absoluteUrl(`${FAMILIES[entry.family].index}#${entry.family}`) },
        }}
      />
      <EntryArticle entry={entry} related={relatedEntries(entry, listEntries())} example={exampleResponse(entry)} snap={snapExplanation(entry)} />
    </>
  );
}
