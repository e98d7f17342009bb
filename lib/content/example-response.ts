// The example response body shown on a code's page, built from the entry's own documented words.
import type { Entry } from "./load";

export interface ExampleResponse {
  /** Pretty-printed JSON body. */
  json: string;
  /** What the example is made of, shown above it. */
  basis: "doku-glossary-envelope" | "snap-body" | "non-snap-error-body";
}

/**
 * A body with this code, where the code's own sources give both the shape and the words:
 * - a business code: DOKU's glossary envelope with DOKU's message example;
 * - a full SNAP code: the SNAP body {responseCode, responseMessage} with the message DOKU's SDKs or ASPI give;
 * - a non-SNAP error code: the {"error": {code, message, type}} body as reported.
 * Undefined otherwise (an HTTP status has no body of its own; a case pattern such as 401XX00 is not a real code).
 */
export function exampleResponse(entry: Pick<Entry, "family" | "code" | "official">): ExampleResponse | undefined {
  const { official } = entry;
  if (entry.family === "business" && official.messageExample) {
    return pretty({ status: "FAILED", response_code: entry.code, response_message: official.messageExample }, "doku-glossary-envelope");
  }
  if (entry.family === "snap-code" && official.responseMessage) {
    return pretty({ responseCode: entry.code, responseMessage: official.responseMessage }, "snap-body");
  }
  if (entry.family === "non-snap" && official.messageExample && official.errorType) {
    return pretty({ error: { code: entry.code, message: official.messageExample, type: official.errorType } }, "non-snap-error-body");
  }
  return undefined;
}

function pretty(body: unknown, basis: ExampleResponse["basis"]): ExampleResponse {
  return { json: JSON.stringify(body, null, 2), basis };
}
