// The paste-box's side of the signature check: a paste that holds the request gets the no-secret checks, and its
// X-CLIENT-KEY is listed among the identifiers (issue 14: both were missing for a rejected token call).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { toDecodeCatalogue } from "../decode/catalogue";
import { decodePaste } from "../decode/decode";
import { EXAMPLE_PASTES } from "../decode/examples";
import { checkPastedRequest } from "./pasted-request";

const content = loadCatalogue();
const catalogue = toDecodeCatalogue(content);

const rejectedTokenCall = [
  "* Connected to api-sandbox.doku.com (203.0.113.10) port 443",
  "> POST /authorization/v1/access-token/b2b HTTP/1.1",
  "> Host: api-sandbox.doku.com",
  "> Content-Type: application/json",
  "> X-CLIENT-KEY: MCH-0008-1296507211683",
  "> X-TIMESTAMP: 2026-11-30 15:04:05",
  `> X-SIGNATURE: ${"Q".repeat(342)}==`,
  "> Content-Length: 34",
  ">",
  "< HTTP/1.1 401 Unauthorized",
  "< Content-Type: application/json",
  "<",
  '{"responseCode":"4017300","responseMessage":"Unauthorized. Invalid Signature"}',
].join("\n");

describe("a paste with the request in it", () => {
  it("gets a word about the timestamp of a rejected token call, and lists X-CLIENT-KEY", () => {
    const result = decodePaste(rejectedTokenCall, catalogue);
    expect(result.responses[0]?.findings[0]?.code).toBe("4017300");
    expect(result.request?.recognised.scheme).toBe("snap-asymmetric");
    const problems = result.request?.findings.filter((check) => check.level === "problem").map((check) => check.text) ?? [];
    expect(problems.join("\n")).toMatch(/X-TIMESTAMP "2026-11-30 15:04:05": It has a space where ISO 8601 has a T/);
    expect(problems.join("\n")).toMatch(/no time-zone offset/);
    expect(result.identifiers).toContainEqual({ label: "X-CLIENT-KEY", value: "MCH-0008-1296507211683" });
    expect(result.identifiers.filter((item) => item.label === "X-TIMESTAMP")).toEqual([{ label: "X-TIMESTAMP", value: "2026-11-30 15:04:05" }]);
  });

  it("reads a raw request and a curl command too, and lists only problems and warnings", () => {
    const raw = checkPastedRequest("POST /v1.0/x HTTP/1.1\nAuthorization: tok\nX-SIGNATURE: abc=\n\n{}");
    expect(raw?.findings.every((check) => check.level === "problem" || check.level === "warning")).toBe(true);
    expect(raw?.findings.map((check) => check.text).join("\n")).toMatch(/no "Bearer " prefix/);
    expect(checkPastedRequest("curl -X POST https://api.doku.com/checkout/v1/payment -H 'Client-Id: MCH-1' -H 'Signature: x' -d '{}'")?.recognised.scheme).toBe("non-snap");
  });

  it("says nothing about a paste that holds only a response", () => {
    expect(checkPastedRequest('HTTP/1.1 401 Unauthorized\nX-TIMESTAMP: 2026-11-30T15:04:05+07:00\n\n{"responseCode":"4012400"}')).toBeUndefined();
    expect(decodePaste('{"responseCode":"4012400"}', catalogue).request).toBeUndefined();
  });

  it("finds the request in the paste-box's curl -v example, with nothing wrong in its headers", () => {
    const example = EXAMPLE_PASTES.find((paste) => paste.label === "curl -v, non-SNAP")?.text ?? "";
    expect(decodePaste(example, catalogue).request).toMatchObject({ source: "curl-verbose", recognised: { scheme: "non-snap" }, findings: [] });
  });
});
