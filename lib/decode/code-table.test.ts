import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { toDecodeCatalogue } from "./catalogue";
import { codeTableCsv, codeTableMarkdown, summariseCodes } from "./code-table";
import { decodePaste } from "./decode";
import { mixedLog } from "./fixtures/logs/mixed-log";

const catalogue = toDecodeCatalogue(loadCatalogue());
const absoluteUrl = (path: string) => `https://errors.example.com${path}`;

describe("summariseCodes", () => {
  it("counts every code of a 300-line mixed log, each response once, most frequent first", () => {
    const log = mixedLog(300);
    const rows = summariseCodes(decodePaste(log.text, catalogue));
    expect(new Map(rows.map((row) => [row.key, row.count]))).toEqual(log.counts);
    expect(rows.map((row) => row.count)).toEqual([...rows.map((row) => row.count)].sort((a, b) => b - a));
  });

  it("counts a response once however many of its fields repeat the code", () => {
    const rows = summariseCodes(decodePaste('{"responseCode":"5002700","virtualAccountData":{"responseCode":"5002700"}}', catalogue));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ code: "5002700", count: 1 });
  });

  it("gives each row its first and last timestamp, HTTP status, meaning, who acts, retry and page", () => {
    const log = [
      '2026-11-30 09:00:00 ERROR resp={"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}',
      "2026-11-30 09:05:00 INFO heartbeat",
      '2026-11-30 09:10:00 ERROR resp={"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}',
    ].join("\n");
    const [row] = summariseCodes(decodePaste(log, catalogue));
    expect(row).toMatchObject({
      code: "4012400",
      count: 2,
      firstSeen: "2026-11-30 09:00:00",
      lastSeen: "2026-11-30 09:10:00",
      httpStatus: 401,
      url: "/snap/4012400/",
      responses: [0, 1],
    });
    expect(row?.whoActs.length).toBeGreaterThan(0);
    expect(row?.retry?.label).toBeTruthy();
  });

  it("gives answers without a DOKU code their own rows: a gateway's 502 and a curl failure", () => {
    const rows = summariseCodes(decodePaste("HTTP/1.1 502 Bad Gateway\nServer: nginx\n\n<html><title>502 Bad Gateway</title></html>\ncurl: (28) Operation timed out", catalogue));
    expect(rows.map((row) => [row.code, row.url])).toEqual([
      ["HTTP 502", "/http/502/"],
      ["curl 28", "/curl/28/"],
    ]);
  });

  it("notes a status line that disagrees with the code's own status", () => {
    const [row] = summariseCodes(decodePaste('HTTP/1.1 200 OK\n\n{"response_code":"INVALID_PARAMETER"}', catalogue));
    expect(row).toMatchObject({ httpStatus: 400, otherStatuses: [200] });
  });
});

describe("the table as Markdown and CSV", () => {
  const hostile = decodePaste('{"responseCode":"[x](javascript:alert(1)) <img src=x> | # head"}', catalogue);
  const rows = summariseCodes(hostile);

  it("keeps a pasted code inert in Markdown: in a code span, its bars escaped", () => {
    const markdown = codeTableMarkdown(rows, absoluteUrl);
    const [, , line] = markdown.split("\n");
    expect(line?.startsWith("| `")).toBe(true);
    expect(line).toContain("\\|");
    expect(line?.split(/(?<!\\)\|/).length).toBe(11);
  });

  it("writes CSV a spreadsheet reads as text, formulas included", () => {
    const csv = codeTableCsv(summariseCodes(decodePaste('{"responseCode":"=HYPERLINK(\\"http://x\\")"}', catalogue)), absoluteUrl);
    const [header, line] = csv.split("\r\n");
    expect(header).toBe("Code,Count,First seen,Last seen,HTTP status,Meaning,Who acts,Safe to retry,Link");
    expect(line?.startsWith(`"'=HYPERLINK`)).toBe(true);
  });

  it("links each documented row to its page", () => {
    const markdown = codeTableMarkdown(summariseCodes(decodePaste('{"responseCode":"4012400"}', catalogue)), absoluteUrl);
    expect(markdown).toContain("<https://errors.example.com/snap/4012400/>");
  });
});
