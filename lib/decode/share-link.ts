// Share links carry what is shared after "#", which browsers never send to a server. Three formats:
//   #v2.<base64url(deflate-raw(UTF-8 JSON))>  the explanation (shared-explanation.ts): codes with their field, the HTTP
//                                             status, redacted messages and identifiers, and the redacted paste only
//                                             when the reader chose to include it. Written by this version.
//   #v1.<base64url(deflate-raw(UTF-8 text))>  older links: the redacted paste itself. Still read, no longer written.
//   #code=4012400,INVALID_TOKEN               codes only, when nothing else fits in a link.
// A link may come from anyone, so reading one is bounded: a fragment longer than SHARE_FRAGMENT_MAX_CHARS is refused
// unread, and inflating feeds the decompressor 1 KB at a time (at most about 1 MB out per KB in) and stops at
// SHARE_TEXT_MAX_BYTES, so a small fragment cannot expand into gigabytes. Uses the platform's (De)CompressionStream,
// which browsers and Node 20 both have. Encode only what was redacted: this module only encodes.
import { type SharedExplanation, parseSharedExplanation } from "./shared-explanation";

/** Longer fragments make links that chat apps and ticket systems cut off: use a shorter link instead. */
export const SHARE_LINK_MAX_CHARS = 8000;

/** Links this page writes stay under SHARE_LINK_MAX_CHARS; one far longer is refused before it is decoded. */
export const SHARE_FRAGMENT_MAX_CHARS = 64 * 1024;

/** Inflating stops here. */
export const SHARE_TEXT_MAX_BYTES = 2 * 1024 * 1024;

/** Compressed bytes handed to the decompressor at a time: deflate expands at most about 1032 times. */
const INFLATE_CHUNK_BYTES = 1024;

const CURRENT_VERSION = 2;
const CODE_PARAM = "code";
const MAX_CODES = 20;
/** e.g. "4012400", "INVALID_TOKEN", "invalid_signature", "409US00". */
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** What a fragment holds, for the page to switch on. */
export type SharedLink =
  | { kind: "none" }
  | { kind: "explanation"; explanation: SharedExplanation }
  | { kind: "paste"; text: string }
  | { kind: "codes"; codes: string[] }
  | { kind: "too-large"; chars: number }
  | { kind: "newer-version"; version: number }
  | { kind: "damaged" };

/** "v2.…": the explanation as a fragment, without "#". */
export async function encodeExplanationFragment(explanation: SharedExplanation): Promise<string> {
  const compressed = await deflate(new TextEncoder().encode(JSON.stringify(explanation)));
  return `v${CURRENT_VERSION}.${toBase64Url(compressed)}`;
}

/** What a fragment (with or without its "#") holds. Never throws. */
export async function readShareFragment(fragment: string): Promise<SharedLink> {
  if (typeof fragment !== "string") return { kind: "none" };
  const body = withoutHash(fragment);
  if (body.length > SHARE_FRAGMENT_MAX_CHARS) return { kind: "too-large", chars: body.length };
  const versioned = /^v(\d{1,6})\./.exec(body);
  if (!versioned) {
    const codes = codesFromFragment(body);
    return codes ? { kind: "codes", codes } : { kind: "none" };
  }
  const version = Number(versioned[1]);
  if (version > CURRENT_VERSION) return { kind: "newer-version", version };
  if (version !== 1 && version !== 2) return { kind: "damaged" };
  const text = await inflateText(body.slice(versioned[0].length));
  if (text.kind !== "text") return text;
  if (version === 1) return { kind: "paste", text: text.text };
  let json: unknown;
  try {
    json = JSON.parse(text.text);
  } catch {
    return { kind: "damaged" };
  }
  const explanation = parseSharedExplanation(json);
  return explanation ? { kind: "explanation", explanation } : { kind: "damaged" };
}

/** "code=4012400,INVALID_TOKEN": what a link can still carry when nothing more fits. */
export function codeOnlyFragment(codes: string[]): string {
  return `${CODE_PARAM}=${cleanCodes(codes).map(encodeURIComponent).join(",")}`;
}

/** The codes of a code-only fragment, or undefined when the fragment is not one. */
export function codesFromFragment(fragment: string): string[] | undefined {
  if (typeof fragment !== "string") return undefined;
  for (const parameter of withoutHash(fragment).split("&")) {
    const [name, value] = parameter.split("=", 2);
    if (name !== CODE_PARAM || value === undefined) continue;
    const codes = cleanCodes(value.split(",").map(safeDecodeURIComponent));
    return codes.length > 0 ? codes : undefined;
  }
  return undefined;
}

/** Trimmed, code-shaped, without duplicates, at most MAX_CODES: anything else in a URL is not ours to show. */
function cleanCodes(codes: unknown[]): string[] {
  const cleaned = codes.filter((code): code is string => typeof code === "string").map((code) => code.trim());
  return [...new Set(cleaned.filter((code) => CODE_PATTERN.test(code)))].slice(0, MAX_CODES);
}

function safeDecodeURIComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return "";
  }
}

function withoutHash(fragment: string): string {
  return fragment.startsWith("#") ? fragment.slice(1) : fragment;
}

type Inflated = { kind: "text"; text: string } | { kind: "too-large"; chars: number } | { kind: "damaged" };

async function inflateText(base64url: string): Promise<Inflated> {
  const compressed = fromBase64Url(base64url);
  if (!compressed) return { kind: "damaged" };
  const inflated = await inflateBounded(compressed, SHARE_TEXT_MAX_BYTES);
  if (inflated === "too-large") return { kind: "too-large", chars: base64url.length };
  if (!inflated) return { kind: "damaged" };
  try {
    return { kind: "text", text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(inflated) };
  } catch {
    return { kind: "damaged" };
  }
}

/**
 * Inflates at most `maxBytes`: the input is pulled 1 KB at a time, only when the decompressor asks for more, so what
 * sits in memory is the output so far plus one chunk's worth. Undefined when the data is not deflate or is cut off.
 */
export async function inflateBounded(compressed: Uint8Array, maxBytes: number): Promise<Uint8Array | "too-large" | undefined> {
  let offset = 0;
  const source = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= compressed.length) {
          controller.close();
          return;
        }
        controller.enqueue(compressed.slice(offset, offset + INFLATE_CHUNK_BYTES));
        offset += INFLATE_CHUNK_BYTES;
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(byteTransform(new DecompressionStream("deflate-raw"))).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return "too-large";
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  return concat(chunks, total);
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  }).pipeThrough(byteTransform(new CompressionStream("deflate-raw")));
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The DOM types declare (de)compression streams over BufferSource; they read and write Uint8Array chunks. */
function byteTransform(stream: CompressionStream | DecompressionStream): ReadableWritablePair<Uint8Array, Uint8Array> {
  return stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // String.fromCharCode takes arguments, and engines cap how many: convert in slices.
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
