// The cryptography, all through Web Crypto (crypto.subtle), which browsers and Node 20 both have: SHA-256 for body
// hashes and digests, HMAC-SHA512 and HMAC-SHA256 for client-secret signatures, RSASSA-PKCS1-v1_5 with SHA-256
// ("SHA256withRSA") for public-key signatures. Nothing here sends anything anywhere.
import { utf8Bytes } from "./encoding";

/**
 * The browser's Web Crypto, or undefined where it is missing: browsers offer crypto.subtle only to pages served over
 * HTTPS (or from localhost).
 */
export function webCrypto(): SubtleCrypto | undefined {
  const subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle;
  return subtle;
}

/** SHA-256 of a string's UTF-8 bytes, memoised: a variant search hashes the same body forms again and again. */
export interface Hasher {
  sha256(text: string): Promise<Uint8Array>;
}

export function createHasher(subtle: SubtleCrypto): Hasher {
  const cache = new Map<string, Promise<Uint8Array>>();
  return {
    sha256(text) {
      let hash = cache.get(text);
      if (!hash) {
        hash = subtle.digest("SHA-256", utf8Bytes(text)).then((buffer) => new Uint8Array(buffer));
        cache.set(text, hash);
      }
      return hash;
    },
  };
}

export type HmacHash = "SHA-512" | "SHA-256";

/** HMAC of `message` with `secret` (both UTF-8), keys imported once per secret and hash. */
export interface Hmac {
  sign(secret: string, message: string): Promise<Uint8Array>;
}

export function createHmac(subtle: SubtleCrypto, hash: HmacHash): Hmac {
  const keys = new Map<string, Promise<CryptoKey>>();
  return {
    async sign(secret, message) {
      let key = keys.get(secret);
      if (!key) {
        // An empty secret cannot be imported; it is refused before this point.
        key = subtle.importKey("raw", utf8Bytes(secret), { name: "HMAC", hash }, false, ["sign"]);
        keys.set(secret, key);
      }
      return new Uint8Array(await subtle.sign("HMAC", await key, utf8Bytes(message)));
    },
  };
}

export async function importRsaPublicKey(subtle: SubtleCrypto, spki: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle.importKey("spki", spki, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"]);
}

export async function verifyRsa(subtle: SubtleCrypto, key: CryptoKey, signature: Uint8Array<ArrayBuffer>, message: string): Promise<boolean> {
  return subtle.verify("RSASSA-PKCS1-v1_5", key, signature, utf8Bytes(message));
}
