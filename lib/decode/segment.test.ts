import { describe, expect, it } from "vitest";
import { segmentPaste } from "./segment";

/** The records of a paste, as text. */
function records(text: string): string[] {
  return segmentPaste(text).map((segment) => text.slice(segment.start, segment.end));
}

describe("segmentPaste", () => {
  it("keeps one pretty-printed body whole", () => {
    const body = '{\n  "responseCode": "4012400",\n  "responseMessage": "Unauthorized. [Signature]"\n}';
    expect(records(body)).toEqual([body]);
  });

  it("keeps a raw HTTP response with its headers and body whole, and splits two responses", () => {
    const one = 'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"responseCode":"4012701"}';
    const two = 'HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  "responseCode": "2002700"\n}';
    expect(records(one)).toEqual([one]);
    expect(records(`${one}\n${two}`)).toEqual([one, two]);
  });

  it("keeps a request with its response, as curl -v prints them", () => {
    const exchange = "> POST /checkout/v1/payment HTTP/1.1\n> Host: api-sandbox.doku.com\n>\n< HTTP/1.1 401 Unauthorized\n<\n{\"error\":{\"code\":\"invalid_signature\"}}";
    expect(records(exchange)).toEqual([exchange]);
    expect(records(`* Trying 1.2.3.4:443...\n${exchange}\n* Trying 1.2.3.4:443...\n${exchange}`)).toHaveLength(2);
  });

  it("makes each log line a record, with its line number and timestamp", () => {
    const log = [
      "2026-11-30T10:00:00+07:00 INFO token ok",
      '2026-11-30 10:00:01 ERROR resp={"responseCode":"4012400"}',
      "[2026-11-30 10:00:02] WARN retrying",
      '{"time":"2026-11-30T03:00:03Z","msg":"x"}',
      '{"time":"2026-11-30T03:00:04Z","msg":"y"}',
    ].join("\n");
    expect(segmentPaste(log).map(({ line, timestamp }) => ({ line, timestamp }))).toEqual([
      { line: 1, timestamp: "2026-11-30T10:00:00+07:00" },
      { line: 2, timestamp: "2026-11-30 10:00:01" },
      { line: 3, timestamp: "2026-11-30 10:00:02" },
      { line: 4 },
      { line: 5 },
    ]);
  });

  it("keeps a log line's multi-line JSON with it", () => {
    const line = '2026-11-30 10:00:01 ERROR resp={\n  "responseCode": "4012400"\n}';
    expect(records(`${line}\n2026-11-30 10:00:02 INFO next`)).toEqual([line, "2026-11-30 10:00:02 INFO next"]);
  });

  it("does not let a stray brace swallow the rest of a log", () => {
    expect(records("2026-11-30 10:00:01 INFO user typed {oops\n2026-11-30 10:00:02 ERROR responseCode=4012400")).toHaveLength(2);
  });

  it("makes a curl failure a record of its own", () => {
    expect(records('{"responseCode":"2002700"}\ncurl: (28) Operation timed out')).toEqual(['{"responseCode":"2002700"}', "curl: (28) Operation timed out"]);
  });

  it("reads an empty paste as no record", () => {
    expect(segmentPaste("")).toEqual([]);
  });
});
