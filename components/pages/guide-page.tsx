import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceList } from "@/components/entry-article";
import { JsonLd } from "@/components/json-ld";
import { MdxBody } from "@/components/mdx-body";
import { pageMetadata } from "@/components/page-metadata";
import { SiteLink } from "@/components/site-link";
import { TwinLinks } from "@/components/twin-links";
import { getGuide, listGuides } from "@/lib/content/load";
import { LOCALE_TAGS, type Locale, localePath } from "@/lib/i18n/locale";
import { SITE_STRINGS } from "@/lib/i18n/site";
import { absoluteUrl } from "@/lib/site";

export function guideParams() {
  return listGuides().map((guide) => ({ slug: guide.slug }));
}

function guideOrNotFound(slug: string) {
  return getGuide(slug) ?? notFound();
}

export function guideMetadata(slug: string, locale: Locale): Metadata {
  const guide = guideOrNotFound(slug);
  const text = locale === "id" ? guide.id_ID : guide;
  return pageMetadata({ locale, path: guide.url, title: text.title, description: text.description, twins: ["md"], type: "article" });
}

/** A guide in a language: the Indonesian body keeps the English headings' anchors, so links to a section work in both. */
export function GuidePage({ slug, locale }: { slug: string; locale: Locale }) {
  const guide = guideOrNotFound(slug);
  const text = locale === "id" ? guide.id_ID : guide;
  return (
    <article className="space-y-8">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "TechArticle",
          headline: text.title,
          description: text.description,
          inLanguage: LOCALE_TAGS[locale].lang,
          url: absoluteUrl(localePath(locale, guide.url)),
        }}
      />
      <nav aria-label={SITE_STRINGS[locale].entry.breadcrumb} className="text-sm text-muted">
        <SiteLink href={localePath(locale, "/")} className="underline underline-offset-2">
          {SITE_STRINGS[locale].breadcrumbHome}
        </SiteLink>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{text.title}</span>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{text.title}</h1>
        <p className="max-w-3xl text-lg text-soft">{text.description}</p>
        <TwinLinks locale={locale} pageUrl={guide.url} formats={["md"]} />
      </header>
      <MdxBody source={text.body} locale={locale} headingIdsFrom={guide.body} />
      <SourceList locale={locale} sources={guide.sources} />
    </article>
  );
}
