// /search-index.json: the search records, fetched by the search box on first use so pages load no index up front.
import { listEntries, listGuides, listServices } from "@/lib/content/load";
import { toSearchRecords } from "@/lib/search/records";

export const dynamic = "force-static";

export function GET() {
  return Response.json(toSearchRecords({ entries: listEntries(), services: listServices(), guides: listGuides() }));
}
