import type { MetadataRoute } from "next";
import { listEntries, listGuides } from "@/lib/content/load";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = ["/", "/snap/", "/snap/services/", "/signature/", ...listGuides().map((guide) => guide.url), ...listEntries().map((entry) => entry.url)];
  return pages.map((page) => ({ url: absoluteUrl(page) }));
}
