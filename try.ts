import { loadCatalogue } from "./lib/content/load";
import { toDecodeCatalogue } from "./lib/decode/catalogue";
import { decodePaste } from "./lib/decode/decode";
const catalogue = toDecodeCatalogue(loadCatalogue());
const cases = [
  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>",
  "HTTP/1.1 502 Bad Gateway\nServer: nginx\nContent-Type: text/html\n\n<html><head><title>502 Bad Gateway</title></head></html>",
  "HTTP/2 504",
  "HTTP/1.1 503 Service Unavailable\nContent-Length: 0\n\n",
  "curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received",
  "curl: (6) Could not resolve host: api-sandbox.doku.com",
  "PHP Fatal error: Uncaught Exception: cURL error 35: OpenSSL SSL_connect: SSL_ERROR_SYSCALL",
  "Error: connect ECONNREFUSED 127.0.0.1:443",
  "Request failed... error code : 5504",
  "responseCode=4012701",
  "RC 05",
  "card declined, response code: 0051",
  '{"status": "FAILED", "response_code": "INVALID_PARAMETER", "response_message": "amount is required"}',
  "HTTP/1.1 200 OK\n\n" + '{"status": "FAILED", "response_code": "INVALID_PARAMETER", "response_message": "amount is required"}',
  '{"responseCode":"4012499","responseMessage":"x"}',
];
for (const c of cases) {
  const r = decodePaste(c, catalogue);
  console.log("---", c.slice(0, 60).replace(/\n/g, "⏎"));
  for (const resp of r.responses) {
    console.log("  http", resp.http?.status, resp.warnings);
    for (const f of resp.findings) console.log("   ", f.kind, f.field, f.code, "entry" in f ? f.entry?.id : "", f.kind === "http-status" ? JSON.stringify(f.answeredBy) : "", f.kind === "unknown" ? f.mentionedIn.map(g=>g.url) + " nearest:" + f.nearest.map(e=>e.code) : "", f.kind==="composed"? "nearest:"+f.nearest.map(e=>e.code):"");
  }
  if (r.notices.length) console.log("  notices", r.notices);
}
