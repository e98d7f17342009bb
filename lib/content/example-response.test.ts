import { describe, expect, it } from "vitest";
import { exampleResponse } from "./example-response";

describe("exampleResponse", () => {
  it("fills DOKU's envelope with the business code and DOKU's message example", () => {
    const example = exampleResponse({ family: "business", code: "INVALID_PARAMETER", official: { publisher: "DOKU", messageExample: "amount is required" } });
    expect(example?.basis).toBe("doku-glossary-envelope");
    expect(JSON.parse(example?.json ?? "")).toEqual({ status: "FAILED", response_code: "INVALID_PARAMETER", response_message: "amount is required" });
  });

  it("gives a full SNAP code the SNAP body with its documented message", () => {
    const example = exampleResponse({ family: "snap-code", code: "4042412", official: { publisher: "DOKU SDK", responseMessage: "Invalid Virtual Account Number" } });
    expect(JSON.parse(example?.json ?? "")).toEqual({ responseCode: "4042412", responseMessage: "Invalid Virtual Account Number" });
  });

  it("gives a non-SNAP error code the reported error body", () => {
    const example = exampleResponse({
      family: "non-snap",
      code: "invalid_signature",
      official: { publisher: "Community report", messageExample: "Invalid Header Signature", errorType: "invalid_request_error" },
    });
    expect(JSON.parse(example?.json ?? "")).toEqual({ error: { code: "invalid_signature", message: "Invalid Header Signature", type: "invalid_request_error" } });
  });

  it("gives nothing for an HTTP status, a SNAP case pattern or a code with no documented words", () => {
    expect(exampleResponse({ family: "http", code: "429", official: { publisher: "DOKU" } })).toBeUndefined();
    expect(exampleResponse({ family: "snap-case", code: "401XX00", official: { publisher: "ASPI", responseMessage: "Unauthorized. [reason]" } })).toBeUndefined();
    expect(exampleResponse({ family: "card", code: "05", official: { publisher: "DOKU", meaning: "Do not honor" } })).toBeUndefined();
  });
});
