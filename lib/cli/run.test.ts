import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { toDecodeCatalogue } from "../decode/catalogue";
import { mixedLog } from "../decode/fixtures/logs/mixed-log";
import { EXIT, type TriageJson, runCli } from "./run";

const context = { catalogue: toDecodeCatalogue(loadCatalogue()), siteUrl: "https://errors.example.com", version: "9.9.9" };

/** Runs the command with files from `files` ("-" is standard input); returns what it printed and its exit status. */
async function run(args: string[], files: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    args,
    {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      readInput: async (path) => {
        const text = files[path];
        if (text === undefined) throw new Error(`no such file: ${path}`);
        return text;
      },
    },
    context,
  );
  return { code, stdout, stderr };
}

describe("doku-errors explain", () => {
  it("prints meaning, HTTP status, SNAP parts, who acts, retry and the page, and exits 0", async () => {
    const { code, stdout } = await run(["explain", "4012400"]);
    expect(code).toBe(EXIT.documented);
    expect(stdout).toMatch(/^4012400\n/);
    for (const label of ["Meaning", "HTTP status", "SNAP parts", "Who acts", "Safe to retry", "Page"]) expect(stdout).toContain(label);
    expect(stdout).toContain("401 Unauthorized");
    expect(stdout).toContain("service 24 (API Virtual Account - Inquiry)");
    expect(stdout).toContain("https://errors.example.com/snap/4012400/");
  });

  it("gives a business code the HTTP status DOKU's glossary gives it", async () => {
    expect((await run(["explain", "INVALID_PARAMETER"])).stdout).toMatch(/HTTP status +400 Bad Request/);
  });

  it("exits 2 for a code no page explains, pointing to the guide that mentions it", async () => {
    const { code, stdout } = await run(["explain", "5504"]);
    expect(code).toBe(EXIT.unknownCode);
    expect(stdout).toContain("https://errors.example.com/guides/non-snap-responses/");
  });

  it("exits 1 without a code", async () => {
    const { code, stderr } = await run(["explain"]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("give a code");
  });
});

describe("doku-errors triage", () => {
  const log = mixedLog(300);

  it("prints one row per code, most frequent first, with its page", async () => {
    const { code, stdout } = await run(["triage", "app.log"], { "app.log": log.text });
    expect(code).toBe(EXIT.documented);
    expect(stdout).toMatch(/^302 lines, \d+ responses, 10 distinct codes\./);
    const rows = stdout.split("\n").filter((line) => /^\s+\d+ {2}/.test(line));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toContain("4017300");
    expect(rows[0]).toContain("https://errors.example.com/snap/4017300/");
  });

  it("prints --json in the documented shape, with every count right, reading standard input", async () => {
    const { stdout } = await run(["triage", "-", "--json"], { "-": log.text });
    const json = JSON.parse(stdout) as TriageJson;
    expect(Object.keys(json.codes[0] ?? {})).toEqual(expect.arrayContaining(["code", "count", "httpStatus", "title", "whoActs", "retry", "url"]));
    expect(json.codes.reduce((sum, row) => sum + row.count, 0)).toBe([...log.counts.values()].reduce((a, b) => a + b, 0));
    expect(json.codes.find((row) => row.code === "HTTP 502")).toMatchObject({ httpStatus: 502, retry: "after-status-check", url: "https://errors.example.com/http/502/" });
  });

  it("exits 2 when a code no page explains was found", async () => {
    expect((await run(["triage", "x.log"], { "x.log": '{"responseCode":"NOPE_NOT_A_CODE"}' })).code).toBe(EXIT.unknownCode);
  });

  it("never prints a secret from the log", async () => {
    const secretLog = [
      '2026-11-30 10:00:00 ERROR Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl resp={"responseCode":"4012400"}',
      '{"response_code":"4111111111111111","cardNumber":"4111111111111111","clientSecret":"s3cr3t-value-1234"}',
    ].join("\n");
    for (const args of [["triage", "s.log"], ["triage", "s.log", "--json"]]) {
      const { stdout, stderr } = await run(args, { "s.log": secretLog });
      for (const secret of ["eyJhbGciOiJIUzI1NiJ9", "4111111111111111", "s3cr3t-value-1234"]) expect(stdout + stderr).not.toContain(secret);
    }
  });

  it("says which file it could not read, and exits 1 on usage errors", async () => {
    expect(await run(["triage", "missing.log"])).toMatchObject({ code: EXIT.usage, stderr: expect.stringContaining("no such file: missing.log") });
    expect((await run(["triage"])).code).toBe(EXIT.usage);
    expect((await run(["triage", "a", "--csv"])).code).toBe(EXIT.usage);
    expect((await run(["frobnicate"])).code).toBe(EXIT.usage);
  });
});

describe("doku-errors --help and --version", () => {
  it("prints usage with exit 0, and the version", async () => {
    expect(await run(["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("doku-errors triage <file|->") });
    expect(await run(["--version"])).toMatchObject({ code: 0, stdout: "9.9.9\n" });
  });
});
