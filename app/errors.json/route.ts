// /errors.json: the whole catalogue for scripts and support tools, generated from content/ at build time.
import { listEntries, listServices } from "@/lib/content/load";
import { toCatalogueJson } from "@/lib/content/catalogue-json";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  return Response.json(toCatalogueJson(listEntries(), listServices(), absoluteUrl));
}
