import { SiteChrome } from "@/components/site-chrome";

/** The English pages, at the site's root. */
export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome locale="en">{children}</SiteChrome>;
}
