import type { Metadata } from "next";
import { Filled } from "@/components/entry-article";
import { GlossaryTable } from "@/components/glossary-table";
import { JsonLd } from "@/components/json-ld";
import { pageMetadata } from "@/components/page-metadata";
import { SiteLink } from "@/components/site-link";
import { listEntriesOf, listGuides, listServices } from "@/lib/content/load";
import { FAMILIES, type Family } from "@/lib/content/schema";
import { LABELS } from "@/lib/i18n/labels";
import { LOCALE_TAGS, type Locale, localePath } from "@/lib/i18n/locale";
import { SITE_STRINGS } from "@/lib/i18n/site";
import { SITE_NAME, absoluteUrl } from "@/lib/site";

export function homeMetadata(locale: Locale): Metadata {
  const metadata = pageMetadata({ locale, path: "/", title: SITE_NAME, description: SITE_STRINGS[locale].siteDescription });
  // The home page is the site's name alone, not "… · DOKU Error Reference".
  return { ...metadata, title: { absolute: SITE_NAME } };
}

/** The home page in a language: what the site is, the code families, every non-SNAP code in tables, the guides. */
export function HomePage({ locale }: { locale: Locale }) {
  const strings = SITE_STRINGS[locale].home;
  const labels = LABELS[locale];
  const at = (sitePath: string) => localePath(locale, sitePath);
  const families = (Object.keys(FAMILIES) as Family[])
    .map((family) => ({ family, entries: listEntriesOf(family) }))
    .filter(({ entries }) => entries.length > 0);
  return (
    <div className="space-y-12">
      <JsonLd data={{ "@context": "https://schema.org", "@type": "WebSite", name: SITE_NAME, description: SITE_STRINGS[locale].siteDescription, inLanguage: LOCALE_TAGS[locale].lang, url: absoluteUrl(at("/")) }} />
      <header className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{strings.title}</h1>
        <p className="text-lg text-soft">{strings.lead}</p>
        <p>
          <SiteLink href={at("/decode/")} className="inline-flex rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {strings.decodeButton}
          </SiteLink>
        </p>
        <p id="address-bar" className="text-sm text-muted">
          <strong className="font-semibold text-ink">{strings.addressBarLead}</strong>{" "}
          <Filled template={strings.addressBar} parts={{ site: SITE_NAME, settings: <em>{strings.addressBarSettings}</em>, example: <code className="font-mono">4012400</code> }} />
        </p>
      </header>

      <nav aria-labelledby="families" className="space-y-3">
        <h2 id="families" className="text-2xl font-semibold tracking-tight">
          {strings.families}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {families.map(({ family, entries }) => (
            <li key={family}>
              <SiteLink href={`${at(FAMILIES[family].index)}#${family}`} className="flex justify-between gap-3 rounded-lg border border-line px-3 py-2 hover:bg-subtle">
                <span className="font-medium text-accent underline underline-offset-2">{labels.families[family]}</span>
                <span className="text-muted">{entries.length}</span>
              </SiteLink>
            </li>
          ))}
          <li>
            <SiteLink href={at("/snap/services/")} className="flex justify-between gap-3 rounded-lg border border-line px-3 py-2 hover:bg-subtle">
              <span className="font-medium text-accent underline underline-offset-2">{strings.snapServices}</span>
              <span className="text-muted">{listServices().length}</span>
            </SiteLink>
          </li>
        </ul>
      </nav>

      <div id="glossary" className="space-y-12">
        {/* SNAP's 91 codes have their own index (/snap/), which keeps this page light. */}
        {families
          .filter(({ family }) => FAMILIES[family].index === "/")
          .map(({ family, entries }) => (
            <GlossaryTable key={family} locale={locale} id={family} caption={labels.families[family]} entries={entries} />
          ))}
      </div>

      <section aria-labelledby="guides" className="space-y-3">
        <h2 id="guides" className="text-2xl font-semibold tracking-tight">
          {strings.guides}
        </h2>
        <ul className="space-y-2">
          {listGuides().map((guide) => {
            const text = locale === "id" ? guide.id_ID : guide;
            return (
              <li key={guide.slug}>
                <SiteLink href={at(guide.url)} className="font-semibold text-accent underline underline-offset-2">
                  {text.title}
                </SiteLink>
                <span className="text-soft">: {text.description}</span>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
