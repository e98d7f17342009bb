import type { Metadata } from "next";
import { SiteChrome } from "@/components/site-chrome";
import { SITE_STRINGS } from "@/lib/i18n/site";
import { SITE_NAME, absoluteUrl } from "@/lib/site";

export const metadata: Metadata = {
  description: SITE_STRINGS.id.siteDescription,
  alternates: { canonical: absoluteUrl("/id/") },
  openGraph: { siteName: SITE_NAME, type: "website", locale: "id_ID" },
};

/** The Indonesian pages, under /id/: the same pages as the English ones, at the same paths after the prefix. */
export default function IndonesianLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome locale="id">{children}</SiteChrome>;
}
