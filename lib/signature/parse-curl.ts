// A curl command read as the shell and curl would send it: words split the way bash splits them (single, double and
// $'…' quotes, backslash escapes, `\` line continuations), then curl's options (-X, -H, -d/--data*, --json, --url,
// -G, -I …) turned into the request curl makes, including the headers curl adds by itself.
import { type SignatureText, SIGNATURE_TEXT } from "../i18n/signature";
import type { Locale } from "../i18n/locale";
import type { Header, HttpRequest, RequestBody } from "./http-request";

export type CurlResult =
  | { kind: "request"; request: HttpRequest; notes: string[] }
  | { kind: "broken"; problem: string };

/** Where a curl command starts: "curl" at the start of a line, after an optional "$ " prompt. */
const CURL_START = /(?:^|\n)[ \t]*(?:\$[ \t]+)?(curl)(?=[ \t\\]|\r?\n|$)/;

export function findCurlCommand(text: string): number {
  const match = CURL_START.exec(text);
  return match ? match.index + match[0].length - 4 : -1;
}

/** Short options that take a value (curl 8), e.g. -X POST or -XPOST. */
const SHORT_WITH_VALUE = new Set("AbcCdDeEFHKmoPQrtTuUwxXyYz".split(""));
/** Long options that take a value; every other long option is a switch. */
const LONG_WITH_VALUE = new Set(
  (
    "request header data data-ascii data-raw data-binary data-urlencode json url form form-string user user-agent referer " +
    "cookie cookie-jar max-time connect-timeout proxy write-out cert key cacert capath resolve retry retry-delay " +
    "retry-max-time range upload-file limit-rate config interface dns-servers proto proto-redir proxy-user oauth2-bearer " +
    "trace trace-ascii stderr local-port max-redirs ciphers netrc-file unix-socket abstract-unix-socket output dump-header " +
    "cert-type key-type pass continue-at expect100-timeout keepalive-time max-filesize speed-limit speed-time time-cond " +
    "variable url-query connect-to preproxy proxy-header request-target aws-sigv4 output-dir happy-eyeballs-timeout-ms " +
    "create-file-mode telnet-option quote crlfile pinnedpubkey hostpubsha256 engine tls-max noproxy socks4 socks4a socks5 " +
    "socks5-hostname login-options sasl-authzid mail-from mail-rcpt mail-auth delegation ftp-port ftp-account krb service-name " +
    "ip-tos mptcp-port proxy-service-name doh-url etag-save etag-compare"
  ).split(" "),
);
const SHORT_TO_LONG: Record<string, string> = { X: "request", H: "header", d: "data", F: "form", u: "user", T: "upload-file" };
/** Switches that change the request; every other switch is left out of the signature and named in a note. */
const REQUEST_SWITCHES = new Set(["-G", "--get", "-I", "--head"]);
/** Switches that change nothing a signature covers: no note for these. */
const QUIET_SWITCHES = /^-(?:[vsSkLifgN#0123456q]+|-(?:verbose|silent|show-error|insecure|location|include|fail|fail-with-body|globoff|no-buffer|compressed|http1\.0|http1\.1|http2|http2-prior-knowledge|http3|ipv4|ipv6|path-as-is|location-trusted|no-progress-meter|progress-bar|raw|tr-encoding|no-keepalive|tcp-nodelay|fail-early|styled-output|no-styled-output))$/;

interface Words {
  words: string[];
  notes: string[];
}

/** Splits a shell command line into words, as bash would, up to the end of the command. */
export function shellWords(text: string, start = 0, t: SignatureText["curl"] = SIGNATURE_TEXT.en.curl): Words | { problem: string } {
  const words: string[] = [];
  const notes: string[] = [];
  let current: string | null = null;
  let i = start;
  const lineAt = (index: number) => text.slice(0, index).split("\n").length;
  const push = () => {
    if (current !== null) words.push(current);
    current = null;
  };
  while (i < text.length) {
    const char = text[i] ?? "";
    if (char === "\\") {
      const next = text[i + 1];
      if (next === "\n") i += 2;
      else if (next === "\r" && text[i + 2] === "\n") i += 3;
      else if (next === undefined) i += 1;
      else {
        current = (current ?? "") + next;
        i += 2;
      }
      continue;
    }
    if (char === "'") {
      const close = text.indexOf("'", i + 1);
      if (close === -1) return { problem: t.unclosedSingle(lineAt(i)) };
      current = (current ?? "") + text.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (char === "$" && text[i + 1] === "'") {
      const read = ansiCString(text, i + 2);
      if (!read) return { problem: t.unclosedAnsi(lineAt(i)) };
      current = (current ?? "") + read.value;
      i = read.end + 1;
      continue;
    }
    if (char === '"') {
      let value = "";
      let j = i + 1;
      for (; j < text.length; j++) {
        const inner = text[j];
        if (inner === '"') break;
        if (inner === "\\" && j + 1 < text.length) {
          const next = text[j + 1] ?? "";
          if ('"\\$`'.includes(next)) {
            value += next;
            j++;
          } else if (next === "\n") j++;
          else value += inner;
          continue;
        }
        value += inner;
      }
      if (j >= text.length) return { problem: t.unclosedDouble(lineAt(i)) };
      current = (current ?? "") + value;
      i = j + 1;
      continue;
    }
    if (char === " " || char === "\t" || char === "\r") {
      push();
      i++;
      continue;
    }
    if (char === "\n") {
      push();
      // A command broken over lines without a backslash: the next line still holds curl options.
      const nextLine = /^[ \t]*(-{1,2}[A-Za-z]|'?https?:\/\/)/.exec(text.slice(i + 1));
      if (nextLine) {
        if (!notes.includes(t.linesJoined)) notes.push(t.linesJoined);
        i++;
        continue;
      }
      break;
    }
    if (char === "#" && current === null) {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    // Where bash ends a command: a pipe, a list, a redirect, or a background "&" (an unquoted URL with & in it).
    if ("|;&<>".includes(char)) {
      if (char === "&" && current !== null && text[i + 1] !== "&") {
        notes.push(t.unquotedAmpersand);
      }
      push();
      break;
    }
    current = (current ?? "") + char;
    i++;
  }
  push();
  return { words, notes };
}

/** Bash's $'…': \n, \t, \r, \\, \', \", \xHH, \uHHHH, \UHHHHHHHH. Returns the value and the index of the closing quote. */
function ansiCString(text: string, from: number): { value: string; end: number } | undefined {
  let value = "";
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === "'") return { value, end: i };
    if (char !== "\\") {
      value += char;
      continue;
    }
    const next = text[i + 1] ?? "";
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', a: "\u0007", b: "\b", e: "\u001b", f: "\f", v: "\v", "?": "?" };
    if (next in simple) {
      value += simple[next];
      i++;
      continue;
    }
    const hex = next === "x" ? /^[0-9a-fA-F]{1,2}/ : next === "u" ? /^[0-9a-fA-F]{1,4}/ : next === "U" ? /^[0-9a-fA-F]{1,8}/ : undefined;
    const digits = hex?.exec(text.slice(i + 2))?.[0];
    if (digits) {
      const code = parseInt(digits, 16);
      value += code <= 0x10ffff ? String.fromCodePoint(code) : "";
      i += 1 + digits.length;
      continue;
    }
    value += char;
  }
  return undefined;
}

/** Reads the curl command that starts at `start` (the "c" of "curl"). */
export function parseCurl(text: string, start: number, locale: Locale = "en"): CurlResult {
  const t = SIGNATURE_TEXT[locale].curl;
  const commandText = text.slice(start);
  if (/\^"|[ \t]\^\r?\n/.test(commandText)) {
    return { kind: "broken", problem: t.windowsCmd };
  }
  const split = shellWords(text, start, t);
  if ("problem" in split) return { kind: "broken", problem: split.problem };
  const notes = [...split.notes];
  const args = split.words.slice(1);

  let method: string | undefined;
  let requestTarget: string | undefined;
  const urls: string[] = [];
  const queries: string[] = [];
  const headers: Header[] = [];
  const data: string[] = [];
  let unknownBody: string | undefined;
  let json = false;
  let get = false;
  let head = false;
  let upload = false;
  const ignored: string[] = [];

  const take = (option: string, value: string) => {
    switch (option) {
      case "request":
        method = value;
        break;
      case "header":
        if (value.startsWith("@")) notes.push(t.headersFromFile(value));
        else addHeader(headers, value);
        break;
      case "data":
      case "data-ascii":
      case "data-binary":
        if (value.startsWith("@")) unknownBody = t.bodyFromFile(value.slice(1), option, value);
        else data.push(value);
        break;
      case "data-raw":
        data.push(value);
        break;
      case "data-urlencode": {
        const encoded = urlencodeData(value);
        if (encoded === undefined) unknownBody = t.urlencodeFile(value);
        else data.push(encoded);
        break;
      }
      case "json":
        if (value.startsWith("@")) unknownBody = t.jsonFile(value.slice(1), value);
        else data.push(value);
        json = true;
        break;
      case "url":
        urls.push(value);
        break;
      case "form":
      case "form-string":
        unknownBody = t.multipart;
        break;
      case "upload-file":
        upload = true;
        unknownBody = t.uploadFile(value);
        break;
      case "oauth2-bearer":
        addHeader(headers, `Authorization: Bearer ${value}`);
        break;
      case "request-target":
        requestTarget = value;
        break;
      case "url-query":
        queries.push(value.startsWith("+") ? value.slice(1) : (urlencodeData(value) ?? value));
        break;
      default:
        ignored.push(option.startsWith("-") ? option : `--${option}`);
    }
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg.startsWith("--") && arg.length > 2) {
      const name = arg.slice(2);
      if (LONG_WITH_VALUE.has(name)) {
        const value = args[i + 1];
        if (value === undefined) return { kind: "broken", problem: t.optionWithoutValue(arg) };
        take(name, value);
        i++;
      } else if (arg === "--get") get = true;
      else if (arg === "--head") head = true;
      else if (!QUIET_SWITCHES.test(arg) && !REQUEST_SWITCHES.has(arg)) ignored.push(arg);
      continue;
    }
    if (arg.startsWith("-") && arg.length > 1) {
      // Short options may be bundled: -sSL, -sXPOST, -vH "A: b".
      for (let k = 1; k < arg.length; k++) {
        const letter = arg[k] ?? "";
        if (SHORT_WITH_VALUE.has(letter)) {
          const attached = arg.slice(k + 1);
          const value = attached !== "" ? attached : args[++i];
          if (value === undefined) return { kind: "broken", problem: t.optionWithoutValue(`-${letter}`) };
          take(SHORT_TO_LONG[letter] ?? `-${letter}`, value);
          break;
        }
        if (letter === "G") get = true;
        else if (letter === "I") head = true;
        else if (!"vsSkLifgN#0123456q".includes(letter)) ignored.push(`-${letter}`);
      }
      continue;
    }
    urls.push(arg);
  }

  const url = urls[0];
  if (url === undefined) return { kind: "broken", problem: t.noUrl };
  if (urls.length > 1) notes.push(t.manyUrls(urls.length, url));
  if (ignored.length > 0) notes.push(t.optionsIgnored([...new Set(ignored)].join(", ")));

  const parsedUrl = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?([^/?#]*)([^#]*)/.exec(url);
  const host = parsedUrl?.[2] ?? "";
  let path = parsedUrl?.[3] ?? "";
  if (path === "" || path.startsWith("?")) path = `/${path}`;
  for (const query of queries) path += (path.includes("?") ? "&" : "?") + query;
  let body: RequestBody = { kind: "known", text: data.join("&") };
  if (get && data.length > 0) {
    path += (path.includes("?") ? "&" : "?") + data.join("&");
    body = { kind: "known", text: "" };
  }
  if (unknownBody) body = { kind: "unknown", reason: unknownBody };

  const hasHeader = (name: string) => headers.some((header) => header.name.toLowerCase() === name);
  const sendsBody = !get && (data.length > 0 || unknownBody !== undefined);
  const implied: string[] = [];
  if (host && !hasHeader("host")) headers.unshift({ name: "Host", value: host });
  if (json && !hasHeader("content-type")) {
    headers.push({ name: "Content-Type", value: "application/json" });
    implied.push("Content-Type: application/json");
  } else if (sendsBody && !json && data.length > 0 && !hasHeader("content-type")) {
    headers.push({ name: "Content-Type", value: "application/x-www-form-urlencoded" });
    implied.push("Content-Type: application/x-www-form-urlencoded");
  }
  if (implied.length > 0) notes.push(t.contentTypeAdded(implied));

  const finalMethod = method ?? (head ? "HEAD" : get ? "GET" : upload ? "PUT" : sendsBody ? "POST" : "GET");
  return {
    kind: "request",
    request: { method: finalMethod, target: requestTarget ?? path, ...(host ? { host } : {}), headers, body },
    notes,
  };
}

/** -H "Name: value" as curl reads it: "Name:" alone removes a header curl would add, "Name;" sends it empty. */
function addHeader(headers: Header[], raw: string) {
  const colon = raw.indexOf(":");
  if (colon === -1) {
    if (raw.endsWith(";")) headers.push({ name: raw.slice(0, -1).trim(), value: "" });
    return;
  }
  const name = raw.slice(0, colon).trim();
  const value = raw.slice(colon + 1).trim();
  if (name && value !== "") headers.push({ name, value });
}

/** curl's --data-urlencode forms: "content", "=content", "name=content"; undefined for the file forms (@file, name@file). */
function urlencodeData(value: string): string | undefined {
  // curl escapes everything but the unreserved characters; encodeURIComponent also leaves !'()* alone.
  const encode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  const equals = value.indexOf("=");
  const at = value.indexOf("@");
  if (at !== -1 && (equals === -1 || at < equals)) return undefined;
  if (equals === -1) return encode(value);
  if (equals === 0) return encode(value.slice(1));
  return `${value.slice(0, equals)}=${encode(value.slice(equals + 1))}`;
}
