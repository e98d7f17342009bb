import { describe, expect, it } from "vitest";
import { exampleResponse } from "./example-response";

describe("exampleResponse", () => {
  it("fills DOKU's envelope with the business code and DOKU's message example", () => {
    const json = exampleResponse({ family: "business", code: "INVALID_PARAMETER", official: { publisher: "DOKU", messageExample: "amount is required" } });
    expect(JSON.parse(json ?? "")).toEqual({ status: "FAILED", response_code: "INVALID_PARAMETER", response_message: "amount is required" });
  });

  it("gives nothing for an HTTP status, which has no body of its own", () => {
    expect(exampleResponse({ family: "http", code: "429", official: { publisher: "DOKU" } })).toBeUndefined();
  });
});
