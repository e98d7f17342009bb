// The example response body shown on a code's page, built from the entry's own documented words.
import type { Entry } from "./load";

/**
 * For a business code: the envelope of DOKU's glossary filled with the code and DOKU's message example, e.g.
 * {"status":"FAILED","response_code":"INVALID_PARAMETER","response_message":"amount is required"}.
 * Undefined where DOKU documents no message to put in it.
 */
export function exampleResponse(entry: Pick<Entry, "family" | "code" | "official">): string | undefined {
  if (entry.family !== "business" || !entry.official.messageExample) return undefined;
  const body = { status: "FAILED", response_code: entry.code, response_message: entry.official.messageExample };
  return JSON.stringify(body, null, 2);
}
