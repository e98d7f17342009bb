import type { Metadata } from "next";
import { NotFoundPage } from "@/components/pages/not-found-page";
import { SiteChrome } from "@/components/site-chrome";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** The site's 404.html. Under /id/, hosts that serve the nearest 404.html serve /id/404.html instead (app/id/404/). */
export default function NotFound() {
  return (
    <SiteChrome locale="en">
      <NotFoundPage locale="en" />
    </SiteChrome>
  );
}
