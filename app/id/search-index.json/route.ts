// /id/search-index.json: the Indonesian search records (lib/search/records.ts), fetched by the search box on the /id/
// pages. The same records as /search-index.json, at the same unprefixed paths; the Indonesian pages add "/id".
import { listEntries, listGuides, listServices } from "@/lib/content/load";
import { toSearchRecords } from "@/lib/search/records";

export const dynamic = "force-static";

export function GET() {
  return Response.json(toSearchRecords({ entries: listEntries(), services: listServices(), guides: listGuides() }, "id"));
}
