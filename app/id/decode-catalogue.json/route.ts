// /id/decode-catalogue.json: the paste-box's catalogue with our Indonesian words (titles, explanations, who acts,
// retry, the customer sentence) and /id/ links, for /id/decode/. DOKU's own words stay as published.
import { getCatalogue } from "@/lib/content/load";
import { toDecodeCatalogue } from "@/lib/decode/catalogue";

export const dynamic = "force-static";

export function GET() {
  return Response.json(toDecodeCatalogue(getCatalogue(), "id"));
}
