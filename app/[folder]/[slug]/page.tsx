import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryArticle } from "@/components/entry-article";
import { JsonLd } from "@/components/json-ld";
import { exampleResponse } from "@/lib/content/example-response";
import { getEntry, listEntries } from "@/lib/content/load";
import { relatedEntries } from "@/lib/content/related";
import { FAMILIES } from "@/lib/content/schema";
import { SITE_NAME, absoluteUrl } from "@/lib/site";

interface EntryPageProps {
  params: Promise<{ folder: string; slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return listEntries().map((entry) => ({ folder: entry.id.split("/")[0], slug: entry.slug }));
}

async function entryFrom(params: EntryPageProps["params"]) {
  const { folder, slug } = await params;
  return getEntry(`${folder}/${slug}`) ?? notFound();
}

export async function generateMetadata({ params }: EntryPageProps): Promise<Metadata> {
  const entry = await entryFrom(params);
  const title = `${entry.code} ${entry.title}`;
  const url = absoluteUrl(entry.url);
  return {
    title,
    description: entry.summary,
    alternates: { canonical: url },
    openGraph: { title, description: entry.summary, url, type: "article", siteName: SITE_NAME },
    twitter: { card: "summary", title, description: entry.summary },
  };
}

export default async function EntryPage({ params }: EntryPageProps) {
  const entry = await entryFrom(params);
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
          inDefinedTermSet: {
            "@type": "DefinedTermSet",
            name: `DOKU ${FAMILIES[entry.family].label}`,
            url: absoluteUrl(`/#${entry.family}`),
          },
        }}
      />
      <EntryArticle entry={entry} related={relatedEntries(entry, listEntries())} example={exampleResponse(entry)} />
    </>
  );
}
