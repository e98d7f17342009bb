import type { Metadata, Viewport } from "next";
import { SiteLink } from "@/components/site-link";
import "./globals.css";
import { SearchBox } from "@/components/search-box";
import { ThemeToggle } from "@/components/theme-toggle";
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl, siteUrl, basePath } from "@/lib/site";
import { themeScript } from "@/lib/theme-script";

export const metadata: Metadata = {
  metadataBase: new URL(`${siteUrl}${basePath}/`),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  alternates: { canonical: absoluteUrl("/") },
  openGraph: { siteName: SITE_NAME, type: "website", locale: "en_US" },
  twitter: { card: "summary" },
  // Links to sources leave nothing behind: not the page, and never a paste (which lives in the fragment anyway).
  referrer: "no-referrer",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#18181b" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // data-theme is set by themeScript before React hydrates.
    <html lang="en" data-base-path={basePath} suppressHydrationWarning>
      <head>
        <script id="theme-script" dangerouslySetInnerHTML={{ __html: themeScript }} />
        <link rel="search" type="application/opensearchdescription+xml" title={SITE_NAME} href={`${basePath}/opensearch.xml`} />
      </head>
      <body className="min-h-screen bg-canvas font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-brand-600 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-8 focus:outline-none sm:px-6">
          {children}
        </main>
        <SiteFooter />
        {/* Filled by the site island (components/islands/offline.ts) when a newer version of the site was fetched. */}
        <div
          data-update-notice
          role="status"
          data-strings={JSON.stringify({ updated: "A newer version of this reference is ready.", reload: "Reload", dismiss: "Not now" })}
          className="fixed inset-x-0 bottom-4 z-40 mx-auto w-fit max-w-[calc(100%-2rem)]"
        />
      </body>
    </html>
  );
}

function SiteHeader() {
  return (
    <header className="border-b border-line bg-canvas/95">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <SiteLink href="/" className="mr-auto flex items-center gap-2 font-bold tracking-tight text-ink sm:mr-0">
          <span aria-hidden="true" className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm text-white">
            D!
          </span>
          <span>{SITE_NAME}</span>
        </SiteLink>
        {/* Small screens: name and theme on one line, then the search, then the links. */}
        {/* Wide screens: one row, within max-w-5xl; hence the short labels, the narrow search and an icon-only theme button. */}
        <nav aria-label="Main" className="order-last flex w-full flex-wrap items-center gap-x-3 gap-y-1 text-sm md:order-none md:w-auto md:flex-1">
          <SiteLink href="/#glossary" className="whitespace-nowrap hover:underline">
            Glossary
          </SiteLink>
          <SiteLink href="/decode/" className="whitespace-nowrap hover:underline" title="Paste a response to decode it">
            Decode
          </SiteLink>
          <SiteLink href="/signature/" className="whitespace-nowrap hover:underline" title="Check a request's signature">
            Signature
          </SiteLink>
          <SiteLink href="/snap/" className="whitespace-nowrap hover:underline">
            SNAP codes
          </SiteLink>
          <SiteLink href="/guides/error-envelope/" className="whitespace-nowrap hover:underline">
            Error envelope
          </SiteLink>
        </nav>
        <div className="order-3 w-full md:order-none md:w-48">
          <SearchBox />
        </div>
        <div className="order-2 md:order-none">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>
          An independent reference, not run by DOKU. DOKU&rsquo;s own words are quoted and labelled as DOKU&rsquo;s; every page
          names its sources. For your account or a live incident, contact DOKU support.
        </p>
        <p>Once you have opened it, the whole reference works offline: every page, the search and the paste-box.</p>
        <p>
          <SiteLink href="/errors.json" className="underline underline-offset-2">
            Catalogue as JSON
          </SiteLink>
          {" · "}
          <SiteLink href="/sitemap.xml" className="underline underline-offset-2">
            Sitemap
          </SiteLink>
        </p>
      </div>
    </footer>
  );
}
