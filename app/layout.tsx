import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl, siteUrl, basePath } from "@/lib/site";
import { themeScript } from "@/lib/theme-script";

// The document around every page, in both languages. The page's language (header, footer, <html lang>) comes from
// its group's layout: app/(en)/layout.tsx or app/id/layout.tsx; scripts/postbuild/islands.mjs writes lang="id" on the
// pages under /id/, since a root layout cannot know which page it wraps.
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
    // data-theme is set by themeScript before the page paints.
    <html lang="en" data-base-path={basePath} suppressHydrationWarning>
      <head>
        <script id="theme-script" dangerouslySetInnerHTML={{ __html: themeScript }} />
        <link rel="search" type="application/opensearchdescription+xml" title={SITE_NAME} href={`${basePath}/opensearch.xml`} />
      </head>
      <body className="min-h-screen bg-canvas font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
