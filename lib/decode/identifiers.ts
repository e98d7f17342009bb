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

export function findIdentifiers(text: string, blocks: ExtractedBlock[]): { identifiers: Identifier[]; environment?: "sandbox" | "production" } {
  const found: Identifier[] = [];
  const add = (label: string, value: unknown) => {
    if (found.length >= MAX_IDENTIFIERS) return;
    if (typeof value !== "string" && typeof value !== "number") return;
    const shown = String(value).trim().slice(0, MAX_VALUE);
    if (shown && !found.some((item) => item.label === label && item.value === shown)) found.push({ label, value: shown });
  };

  for (const block of blocks) {
    for (const [name, value] of [...Object.entries(block.requestHeaders), ...Object.entries(block.headers)]) {
      const label = HEADERS[name];
      if (label) add(label, value);
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

  const hosts = [...text.matchAll(/\b(api(?:-sandbox)?\.doku\.com|sandbox\.doku\.com|app-sandbox\.doku\.com|jokul\.doku\.com)\b/gi)].map((match) => (match[1] ?? "").toLowerCase());
  for (const block of blocks) if (block.requestHeaders.host) hosts.push(block.requestHeaders.host.toLowerCase());
  const sandbox = hosts.some((host) => host.includes("sandbox"));
  const production = hosts.some((host) => /^(api|jokul)\.doku\.com/.test(host));
  for (const host of new Set(hosts)) if (host.includes("doku.com")) add("Host", host);
  const environment = sandbox && !production ? "sandbox" : production && !sandbox ? "production" : undefined;
  return { identifiers: found, ...(environment ? { environment } : {}) };
}

function collect(value: unknown, depth: number, add: (label: string, value: unknown) => void) {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 20)) collect(item, depth + 1, add);
    return;
  }
  if (!isJsonObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const label = JSON_KEYS[key.toLowerCase()];
    if (label) add(label, child);
    else if (/(?:^|_)(?:date|time|timestamp)$|(?:Date|Time|Timestamp)$/.test(key) && typeof child === "string" && /^\d{4}-\d\d-\d\dT/.test(child)) add(key, child);
    if (child && typeof child === "object") collect(child, depth + 1, add);
  }
}
