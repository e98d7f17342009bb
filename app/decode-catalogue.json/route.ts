// /decode-catalogue.json: what the paste-box knows about each code, fetched with the decoder's code on first use, so
// the /decode/ page does not carry it in its HTML. The Indonesian twin is /id/decode-catalogue.json.
import { getCatalogue } from "@/lib/content/load";
import { toDecodeCatalogue } from "@/lib/decode/catalogue";

export const dynamic = "force-static";

export function GET() {
  return Response.json(toDecodeCatalogue(getCatalogue(), "en"));
}
