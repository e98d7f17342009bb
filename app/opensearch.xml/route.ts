// /opensearch.xml: lets a browser add the site's search to its address bar (linked from every page's <head>).
import { openSearchXml } from "@/lib/search/opensearch";
import { SITE_NAME, absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  const xml = openSearchXml({ name: SITE_NAME, description: "Search every DOKU payment API error code by code, message or meaning.", absoluteUrl });
  return new Response(xml, { headers: { "Content-Type": "application/opensearchdescription+xml; charset=utf-8" } });
}
