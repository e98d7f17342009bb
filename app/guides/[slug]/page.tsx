import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { notFound } from "next/navigation";
import { SourceList } from "@/components/entry-article";
import { JsonLd } from "@/components/json-ld";
import { twinAlternates } from "@/components/entry-page";
import { TwinLinks } from "@/components/twin-links";
import { MdxBody } from "@/components/mdx-body";
import { getGuide, listGuides } from "@/lib/content/load";
import { SITE_NAME, absoluteUrl } from "@/lib/site";

interface GuidePageProps {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return listGuides().map((guide) => ({ slug: guide.slug }));
}

async function guideFrom(params: GuidePageProps["params"]) {
  const { slug } = await params;
  return getGuide(slug) ?? notFound();
}

export async function generateMetadata({ params }: GuidePageProps): Promise<Metadata> {
  const guide = await guideFrom(params);
  const url = absoluteUrl(guide.url);
  return {
    title: guide.title,
    description: guide.description,
    alternates: { canonical: url, types: twinAlternates(guide.url, false) },
    openGraph: { title: guide.title, description: guide.description, url, type: "article", siteName: SITE_NAME },
    twitter: { card: "summary", title: guide.title, description: guide.description },
  };
}

export default async function GuidePage({ params }: GuidePageProps) {
  const guide = await guideFrom(params);
  return (
    <article className="space-y-8">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "TechArticle",
          headline: guide.title,
          description: guide.description,
          url: absoluteUrl(guide.url),
        }}
      />
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <SiteLink href="/" className="underline underline-offset-2">
          Home
        </SiteLink>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{guide.title}</span>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{guide.title}</h1>
        <p className="max-w-3xl text-lg text-soft">{guide.description}</p>
        <TwinLinks pageUrl={guide.url} formats={["md"]} />
      </header>
      <MdxBody source={guide.body} />
      <SourceList sources={guide.sources} />
    </article>
  );
}
