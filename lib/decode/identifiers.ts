// The identifiers support asks for first, pulled out of a paste: references, request ids, VA numbers, timestamps, and
// whether the call went to DOKU's sandbox or production. Only identifier fields are read: never tokens or secrets.
import type { ExtractedBlock } from "./extract";
import { isJsonObject } from "./json-guards";

export interface Identifier {
  label: string;
  value: string;
}

/** JSON keys (any depth) and header names worth quoting in a ticket, with the label shown for them. */
const JSON_KEYS: Record<string, string> = {
  partnerreferenceno: "partnerReferenceNo",
  originalpartnerreferenceno: "originalPartnerReferenceNo",
  referenceno: "referenceNo",
  originalreferenceno: "originalReferenceNo",
  virtualaccountno: "virtualAccountNo",
  partnerserviceid: "partnerServiceId",
  customerno: "customerNo",
  trxid: "trxId",
  paymentrequestid: "paymentRequestId",
  invoice_number: "Invoice number",
  invoicenumber: "Invoice number",
  request_id: "Request-Id",
  requestid: "Request-Id",
  transactiondate: "Transaction date",
  date: "Date",
  timestamp: "Timestamp",
};

const HEADERS: Record<string, string> = {
  "x-external-id": "X-EXTERNAL-ID",
  "request-id": "Request-Id",
  "x-request-id": "X-Request-Id",
  "x-partner-id": "X-PARTNER-ID",
  "x-client-key": "X-CLIENT-KEY",
  "client-id": "Client-Id",
  "channel-id": "CHANNEL-ID",
  "x-timestamp": "X-TIMESTAMP",
  "request-timestamp": "Request-Timestamp",
  date: "Date",
};

/** Every field name above: the redactor keeps their values, however much they look like card or phone numbers. */
export const IDENTIFIER_FIELD_NAMES: readonly string[] = [...Object.keys(JSON_KEYS), ...Object.keys(HEADERS)];

const MAX_IDENTIFIERS = 30;
const MAX_VALUE = 120;

export interface DokuHostEnvironment {
  host: string;
  environment: "sandbox" | "production";
}

export function findIdentifiers(
  text: string,
  blocks: ExtractedBlock[],
  dokuHosts: readonly DokuHostEnvironment[],
): { identifiers: Identifier[]; environment?: "sandbox" | "production"; unlisted: number } {
  const found: Identifier[] = [];
  const seen = new Set<string>();
  let unlisted = 0;
  const add = (label: string, value: unknown) => {
    if (typeof value !== "string" && typeof value !== "number") return;
    const shown = String(value).trim().slice(0, MAX_VALUE);
    const key = `${label}\u0000${shown}`;
    if (!shown || seen.has(key)) return;
    seen.add(key);
    if (found.length < MAX_IDENTIFIERS) found.push({ label, value: shown });
    else unlisted++;
  };

  for (const block of blocks) {
    for (const headers of [block.requestHeaders, block.headers]) {
      for (const name in headers) {
        const label = HEADERS[name];
        if (label) add(label, headers[name]);
      }
    }
    for (const value of block.json) collect(value, 0, add);
  }
  // Headers written in a log line rather than a header block, e.g. `X-EXTERNAL-ID=41807553358950093184`.
  for (const match of text.matchAll(/\b(X-EXTERNAL-ID|Request-Id|X-PARTNER-ID|X-CLIENT-KEY|X-TIMESTAMP|Request-Timestamp)["']?\s*[:=]\s*["']?([\w.:+-]{1,80})/gi)) {
    const label = HEADERS[(match[1] ?? "").toLowerCase()];
    // A value with a space ("2026-11-30 15:04:05") is cut here; a header block may already have given it whole.
    const value = match[2] ?? "";
    if (label && !found.some((item) => item.label === label && item.value.startsWith(value))) add(label, value);
  }

  // Any doku.com host is worth quoting; only the hosts content/doku-facts.yaml names decide the environment.
  const hosts = dokuHostsIn(text);
  for (const block of blocks) if (block.requestHeaders.host) hosts.push(block.requestHeaders.host.toLowerCase().replace(/:\d+$/, ""));
  const environments = new Set(hosts.flatMap((host) => dokuHosts.filter((known) => known.host === host).map((known) => known.environment)));
  for (const host of new Set(hosts)) if (host.endsWith("doku.com") && !/^(?:developers|docs|dashboard)\./.test(host)) add("Host", host);
  const environment = environments.size === 1 ? [...environments][0] : undefined;
  return { identifiers: found, unlisted, ...(environment ? { environment } : {}) };
}

function collect(value: unknown, depth: number, add: (label: string, value: unknown) => void) {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    // The same bounds as the decoder's walk, whose notices name what they leave unread.
    for (const item of value.slice(0, 50)) collect(item, depth + 1, add);
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key in value) {
    const child = value[key];
    const label = JSON_KEYS[key.toLowerCase()];
    if (label) add(label, child);
    else if (/(?:^|_)(?:date|time|timestamp)$|(?:Date|Time|Timestamp)$/.test(key) && typeof child === "string" && /^\d{4}-\d\d-\d\dT/.test(child)) add(key, child);
    if (child && typeof child === "object") collect(child, depth + 1, add);
  }
}

/** Every "….doku.com" host name in a text, lower case: found from "doku.com" backwards, so a 5 MB log costs one scan. */
function dokuHostsIn(text: string): string[] {
  const hosts: string[] = [];
  for (const match of text.matchAll(/doku\.com\b/gi)) {
    let start = match.index ?? 0;
    while (start > 0 && /[A-Za-z0-9.-]/.test(text[start - 1] ?? "")) start--;
    const host = text.slice(start, (match.index ?? 0) + match[0].length).toLowerCase().replace(/^[.-]+/, "");
    if (host.includes(".") && host !== "doku.com") hosts.push(host);
  }
  return hosts;
}
