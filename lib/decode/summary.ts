// The one line a screen reader hears after a decode (the explanation itself stays on the page to be read at will):
// e.g. "2 codes explained: 4017300, 4012701", or for a log "211 responses, 10 codes: 5002700 ×18, …". Plain text;
// codes from the paste are cut to a readable length.
import { DECODE_STRINGS } from "../i18n/decode";
import type { Locale } from "../i18n/locale";
import type { CodeRow } from "./code-table";

const MAX_NAMED = 5;

/** `rows` as summariseCodes gives them (most frequent first), `total` the number of responses read. */
export function decodeSummary(rows: readonly CodeRow[], total: number, locale: Locale = "en"): string {
  const says = DECODE_STRINGS[locale].summary;
  if (rows.length === 0) return says.none;
  const list = rows
    .slice(0, MAX_NAMED)
    .map((row) => `${row.code.slice(0, 24)}${row.count > 1 ? ` ×${row.count.toLocaleString(locale)}` : ""}`)
    .join(", ");
  const more = rows.length > MAX_NAMED ? says.more(rows.length - MAX_NAMED) : "";
  const codes = says.codes(rows.length);
  return total > 1 ? says.log(total, codes, list + more) : says.explained(codes, list + more);
}
