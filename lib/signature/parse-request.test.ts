// Reading requests out of pastes: raw HTTP, curl commands (quotes, continuations, every data option), curl -v, logs.
import { describe, expect, it } from "vitest";
import { type HttpRequest, headerValue, targetParts } from "./http-request";
import { type ParseRequestResult, parseRequest } from "./parse-request";

function requestOf(result: ParseRequestResult): HttpRequest & { source: string; notes: string[] } {
  if (result.kind !== "request") throw new Error(`expected a request, got ${JSON.stringify(result)}`);
  return { ...result.request, source: result.source, notes: result.notes };
}

describe("raw HTTP requests", () => {
  it("reads the request line, headers in order, and the body after the blank line", () => {
    const request = requestOf(parseRequest("POST /v1.0/x?a=1 HTTP/1.1\r\nHost: api.doku.com\r\nX-TIMESTAMP: 2026-11-30T15:04:05+07:00\r\n\r\n{\n  \"a\": 1\n}\n"));
    expect(request).toMatchObject({ method: "POST", target: "/v1.0/x?a=1", host: "api.doku.com", source: "raw", body: { kind: "known", text: '{\n  "a": 1\n}' } });
    expect(request.headers.map((header) => header.name)).toEqual(["Host", "X-TIMESTAMP"]);
    expect(request.notes).toEqual([]);
  });

  it("stops the body where a response begins, and ignores what came before the request line", () => {
    const request = requestOf(parseRequest('some note\nPOST /x HTTP/1.1\nA: b\n\n{"a":1}\nHTTP/1.1 401 Unauthorized\n\n{"responseCode":"4012400"}'));
    expect(request.body).toEqual({ kind: "known", text: '{"a":1}' });
  });

  it("keeps a lower-case method as written, and an absolute target with its host", () => {
    const request = requestOf(parseRequest("post https://api-sandbox.doku.com/x?y=1 HTTP/1.1\n\n"));
    expect(request.method).toBe("post");
    expect(request.host).toBe("api-sandbox.doku.com");
    expect(targetParts(request.target ?? "", request.host)).toEqual({
      relative: "/x?y=1",
      pathOnly: "/x",
      absolute: "https://api-sandbox.doku.com/x?y=1",
      wasAbsolute: true,
    });
  });

  it("says when blank space after the body was left out, beyond the paste's last line break", () => {
    expect(requestOf(parseRequest("POST /x HTTP/1.1\n\nabc  \n\n")).notes.join(" ")).toMatch(/Blank space after the body/);
    expect(requestOf(parseRequest("POST /x HTTP/1.1\n\nabc\n")).notes).toEqual([]);
    expect(requestOf(parseRequest("POST /x HTTP/1.1\n\nabc")).notes).toEqual([]);
  });
});

describe("curl commands", () => {
  it("reads -X, -H, --data-raw, a quoted URL with host and query, and \\ line continuations", () => {
    const request = requestOf(
      parseRequest(
        [
          "$ curl -X POST 'https://api-sandbox.doku.com/checkout/v1/payment?lang=id' \\",
          '  -H "Client-Id: MCH-1" \\',
          "  -H 'Request-Id: abc' \\",
          `  --data-raw '{"order": {"amount": 10000}}'`,
        ].join("\n"),
      ),
    );
    expect(request).toMatchObject({ method: "POST", target: "/checkout/v1/payment?lang=id", host: "api-sandbox.doku.com", source: "curl" });
    expect(headerValue(request, "client-id")).toBe("MCH-1");
    expect(headerValue(request, "request-id")).toBe("abc");
    expect(request.body).toEqual({ kind: "known", text: '{"order": {"amount": 10000}}' });
  });

  it.each([
    ["-d", `curl https://h/x -d '{"a":1}'`, '{"a":1}'],
    ["--data", `curl https://h/x --data '{"a":1}'`, '{"a":1}'],
    ["--data-binary", `curl https://h/x --data-binary '{"a": 1}'`, '{"a": 1}'],
    ["two -d, joined with &", "curl https://h/x -d a=1 -d b=2", "a=1&b=2"],
    ["double quotes with escapes", 'curl https://h/x -d "{\\"a\\": \\"\\$1\\"}"', '{"a": "$1"}'],
    ["$'…' quoting (Chrome's Copy as cURL)", "curl https://h/x --data-raw $'{\"a\":\"caf\\u00e9\\n\"}'", '{"a":"café\n"}'],
    ["--json", `curl https://h/x --json '{"a":1}'`, '{"a":1}'],
    ["--data-urlencode", "curl https://h/x --data-urlencode 'q=a b&c'", "q=a%20b%26c"],
  ])("reads the body of %s", (_, command, body) => {
    const request = requestOf(parseRequest(command));
    expect(request.body).toEqual({ kind: "known", text: body });
    expect(request.method).toBe("POST");
  });

  it("reads bundled short options, -XPOST, --url, and a GET without data", () => {
    expect(requestOf(parseRequest("curl -sSL -XPUT --url https://h/a/b -H 'A: 1'"))).toMatchObject({ method: "PUT", target: "/a/b" });
    expect(requestOf(parseRequest("curl -v https://h"))).toMatchObject({ method: "GET", target: "/", body: { kind: "known", text: "" } });
    expect(requestOf(parseRequest("curl -G https://h/s -d q=1"))).toMatchObject({ method: "GET", target: "/s?q=1", body: { kind: "known", text: "" } });
  });

  it("adds the Content-Type curl sends by itself, and says so", () => {
    const request = requestOf(parseRequest(`curl https://h/x -d '{"a":1}'`));
    expect(headerValue(request, "content-type")).toBe("application/x-www-form-urlencoded");
    expect(request.notes.join(" ")).toMatch(/curl adds Content-Type: application\/x-www-form-urlencoded/);
  });

  it("says the body is unknown when curl reads it from a file", () => {
    expect(requestOf(parseRequest("curl https://h/x -d @body.json")).body.kind).toBe("unknown");
    expect(requestOf(parseRequest("curl https://h/x -F file=@a.png")).body.kind).toBe("unknown");
  });

  it("names the options it did not read instead of dropping them silently", () => {
    expect(requestOf(parseRequest("curl --cacert ca.pem -u a:b https://h/x")).notes.join(" ")).toMatch(/--cacert, --user/);
  });

  it("cuts an unquoted URL at & as the shell does, and says so", () => {
    const request = requestOf(parseRequest("curl https://h/x?a=1&b=2"));
    expect(request.target).toBe("/x?a=1");
    expect(request.notes.join(" ")).toMatch(/unquoted &/);
  });

  it("reads a command broken over lines without backslashes, and says so", () => {
    const request = requestOf(parseRequest("curl -X POST https://h/x\n-H 'A: 1'\n-d '{}'"));
    expect(headerValue(request, "A")).toBe("1");
    expect(request.body).toEqual({ kind: "known", text: "{}" });
    expect(request.notes.join(" ")).toMatch(/without a backslash/);
  });

  it("reports a broken command: an unclosed quote, a missing value, no URL, Windows cmd escapes", () => {
    for (const [command, problem] of [
      ["curl -X POST https://h/x \\\n  -H 'A: b' \\\n  -d '{\"a\":", /single quote \(\'\) opened on line 3 is never closed/],
      ['curl https://h -d "{', /double quote/],
      ["curl https://h -H", /has no value/],
      ["curl -X POST -H 'A: b'", /no URL/],
      ['curl "https://h/x" ^\n  -H ^"A: b^"', /Windows cmd/],
    ] as const) {
      const result = parseRequest(command);
      expect(result.kind, command).toBe("broken-curl");
      expect(result.kind === "broken-curl" && result.problem).toMatch(problem);
    }
  });
});

describe("curl -v output", () => {
  const verbose = (extra: string[]) =>
    ["* Connected to api-sandbox.doku.com (203.0.113.10) port 443", "> POST /authorization/v1/access-token/b2b HTTP/1.1", "> Host: api-sandbox.doku.com", "> X-CLIENT-KEY: MCH-1", "> X-TIMESTAMP: 2026-11-30 15:04:05", ...extra, ">", "< HTTP/1.1 401 Unauthorized", "<", '{"responseCode":"4017300"}'].join("\n");

  it("reads the > lines as the request, and knows curl -v prints no body", () => {
    const request = requestOf(parseRequest(verbose(["> Content-Length: 35"])));
    expect(request.source).toBe("curl-verbose");
    expect(headerValue(request, "X-TIMESTAMP")).toBe("2026-11-30 15:04:05");
    expect(request.body.kind).toBe("unknown");
  });

  it("knows the body is empty when no Content-Length was sent", () => {
    expect(requestOf(parseRequest(verbose([]))).body).toEqual({ kind: "known", text: "" });
  });
});

describe("logs", () => {
  it("reads header lines, a request line and a JSON body from a log", () => {
    const log = [
      "2026-11-30 15:04:05 INFO Sending POST https://api-sandbox.doku.com/v1.0/transfer-va/create-va",
      "X-TIMESTAMP: 2026-11-30T15:04:05+07:00",
      "X-SIGNATURE: abc==",
      "Authorization: Bearer tok.en",
      'body={"a": 1}',
    ].join("\n");
    const request = requestOf(parseRequest(log));
    expect(request).toMatchObject({ source: "log", method: "POST", target: "https://api-sandbox.doku.com/v1.0/transfer-va/create-va", body: { kind: "known", text: '{"a": 1}' } });
    expect(headerValue(request, "authorization")).toBe("Bearer tok.en");
  });

  it("reads an HTTP client's logged request object", () => {
    const log = `request ${JSON.stringify({ method: "post", url: "/x", headers: { "X-SIGNATURE": "s", "X-TIMESTAMP": "t" }, body: '{"a":1}' })}`;
    expect(requestOf(parseRequest(log))).toMatchObject({ method: "POST", target: "/x", body: { kind: "known", text: '{"a":1}' } });
  });

  it("does not take a response or prose for a request", () => {
    expect(parseRequest("HTTP/1.1 401 Unauthorized\nX-TIMESTAMP: 2026\n\n{}").kind).toBe("not-a-request");
    expect(parseRequest("Get the token first, then post it").kind).toBe("not-a-request");
  });
});

describe("input that is not a request", () => {
  it("names each case", () => {
    expect(parseRequest("   ").kind).toBe("empty");
    expect(parseRequest(42).kind).toBe("empty");
    expect(parseRequest("x".repeat(1_000_001))).toEqual({ kind: "too-large", chars: 1_000_001, limit: 1_000_000 });
    expect(parseRequest("\u0001\u0002\u0003".repeat(50)).kind).toBe("binary");
    const body = parseRequest('{"partnerServiceId":"1"}');
    expect(body.kind === "not-a-request" && body.problem).toMatch(/body on its own/);
  });
});
