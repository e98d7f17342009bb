// Share links carry the pasted text in the URL fragment, which browsers never send to a server:
// "#v1." + base64url(deflate-raw(UTF-8 text)). Redact the text first (redactSecrets): this module only encodes.
// Uses the platform's CompressionStream, which browsers and Node 20 both have.

/** Longer fragments make links that chat apps and ticket systems cut off: use a code-only link instead. */
export const SHARE_LINK_MAX_CHARS = 8000;

/** A link may come from anyone: inflating stops here, so a small fragment cannot expand into gigabytes. */
export const SHARE_TEXT_MAX_BYTES = 2 * 1024 * 1024;

const VERSION_PREFIX = "v1.";
const CODE_PARAM = "code";
const MAX_CODES = 20;
/** e.g. "4012400", "INVALID_TOKEN", "invalid_signature", "409US00". */
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Lone UTF-16 surrogates cannot be encoded as UTF-8 and come back as U+FFFD; every other string round-trips. */
export async function encodeShareFragment(text: string): Promise<string> {
  const compressed = await collect(streamOf(new TextEncoder().encode(text)).pipeThrough(byteTransform(new CompressionStream("deflate-raw"))), Infinity);
  return VERSION_PREFIX + toBase64Url(compressed ?? new Uint8Array());
}

/** The text a fragment carries, or undefined for anything that is not a valid v1 fragment. Never throws. */
export async function decodeShareFragment(fragment: string): Promise<string | undefined> {
  try {
    if (typeof fragment !== "string") return undefined;
    const body = withoutHash(fragment);
    if (!body.startsWith(VERSION_PREFIX)) return undefined;
    const compressed = fromBase64Url(body.slice(VERSION_PREFIX.length));
    if (!compressed) return undefined;
    const inflated = await collect(streamOf(compressed).pipeThrough(byteTransform(new DecompressionStream("deflate-raw"))), SHARE_TEXT_MAX_BYTES);
    if (!inflated) return undefined;
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(inflated);
  } catch {
    return undefined;
  }
}

/** "code=4012400,INVALID_TOKEN": what a link can still carry when the whole paste is too long. */
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

/** The DOM types declare (de)compression streams over BufferSource; they read and write Uint8Array chunks. */
function byteTransform(stream: CompressionStream | DecompressionStream): ReadableWritablePair<Uint8Array, Uint8Array> {
  return stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** All bytes of a stream, or undefined when it fails or grows past maxBytes (then it is cancelled). */
async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
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
