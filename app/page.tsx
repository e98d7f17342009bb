import { SiteLink } from "@/components/site-link";
import { GlossaryTable } from "@/components/glossary-table";
import { JsonLd } from "@/components/json-ld";
import { listEntriesOf, listGuides, listServices } from "@/lib/content/load";
import { FAMILIES, type Family } from "@/lib/content/schema";
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl } from "@/lib/site";

export default function HomePage() {
  const families = (Object.keys(FAMILIES) as Family[])
    .map((family) => ({ family, entries: listEntriesOf(family) }))
    .filter(({ entries }) => entries.length > 0);
  return (
    <div className="space-y-12">
      <JsonLd data={{ "@context": "https://schema.org", "@type": "WebSite", name: SITE_NAME, description: SITE_DESCRIPTION, url: absoluteUrl("/") }} />
      <header className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Understand any error from the DOKU payment APIs</h1>
        <p className="text-lg text-soft">
          Every code DOKU documents has its own page here, with DOKU&rsquo;s exact words, what the code means, why it
          happens, what to do and who must act. Our explanations are labelled as ours, and every page names its sources.
        </p>
        <p>
          <SiteLink href="/decode/" className="inline-flex rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            Paste a response to decode it
          </SiteLink>
        </p>
        <p id="address-bar" className="text-sm text-muted">
          <strong className="font-semibold text-ink">Search from your browser&rsquo;s address bar:</strong> this site
          offers itself as a search engine. Chrome and Edge add it as an inactive shortcut: activate &ldquo;{SITE_NAME}&rdquo; under{" "}
          <em>Settings › Search engine › Manage search engines and site search</em>. Firefox offers to add it from the
          address bar&rsquo;s search menu. A code typed there (<code className="font-mono">4012400</code>) opens its page;
          words show the results.
        </p>
      </header>

      <nav aria-labelledby="families" className="space-y-3">
        <h2 id="families" className="text-2xl font-semibold tracking-tight">
          Code families
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {families.map(({ family, entries }) => (
            <li key={family}>
              <SiteLink
                href={`${FAMILIES[family].index}#${family}`}
                className="flex justify-between gap-3 rounded-lg border border-line px-3 py-2 hover:bg-subtle"
              >
                <span className="font-medium text-accent underline underline-offset-2">{FAMILIES[family].label}</span>
                <span className="text-muted">{entries.length}</span>
              </SiteLink>
            </li>
          ))}
          <li>
            <SiteLink href="/snap/services/" className="flex justify-between gap-3 rounded-lg border border-line px-3 py-2 hover:bg-subtle">
              <span className="font-medium text-accent underline underline-offset-2">SNAP service codes</span>
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
            <GlossaryTable key={family} id={family} caption={FAMILIES[family].label} entries={entries} />
          ))}
      </div>

      <section aria-labelledby="guides" className="space-y-3">
        <h2 id="guides" className="text-2xl font-semibold tracking-tight">
          Guides
        </h2>
        <ul className="space-y-2">
          {listGuides().map((guide) => (
            <li key={guide.slug}>
              <SiteLink href={guide.url} className="font-semibold text-accent underline underline-offset-2">
                {guide.title}
              </SiteLink>
              <span className="text-soft">: {guide.description}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
