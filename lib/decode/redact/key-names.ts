// Which key names hold a secret or personal data, and which kind. A name is read as words, so "DOKU_CLIENT_SECRET",
// "clientSecret" and "client-secret" are all [client, secret], and "timespan" is not "pan": e.g. cardCvv ⇒ cvv,
// MYSQL_PASSWD ⇒ password, bankAccountNumber ⇒ account-number, X-SIGNATURE ⇒ signature, X-CLIENT-KEY ⇒ nothing.
// The Client ID (X-CLIENT-KEY, Client-Id, X-PARTNER-ID) is DOKU's public identifier for the merchant, which support
// asks for: it is kept. Values are judged by their shape elsewhere, whatever their key: this module only adds what a
// name alone can tell (a password looks like anything).
import type { SecretKind } from "./secret-kinds";

export interface KeyContext {
  /** The key is a URL query parameter (after "?" or "&"), where short names like key= and sig= are credentials. */
  query?: boolean;
  /** The paste holds a JSON Web Key ("kty"), whose one-letter members d, p, q… are private key parts. */
  jwk?: boolean;
}

/** Whole names, lower case without separators, for names written without word breaks (SHAREDKEY, apikey, WORDS). */
const WHOLE_NAMES = new Map<string, SecretKind>([
  ["authorization", "authorization"],
  ["proxyauthorization", "authorization"],
  ["auth", "authorization"],
  ["signature", "signature"],
  ["xsignature", "signature"],
  ["sig", "signature"],
  ["hmac", "signature"],
  // DOKU's legacy (Merchant Hosted) request signature: SHA1(AMOUNT + MALLID + SHAREDKEY + TRANSIDMERCHANT).
  ["words", "signature"],
  ["sharedkey", "client-secret"],
  ["clientsecret", "client-secret"],
  ["secretkey", "client-secret"],
  ["apikey", "client-secret"],
  ["xapikey", "client-secret"],
  ["secret", "client-secret"],
  ["privatekey", "private-key"],
  ["privkey", "private-key"],
  ["password", "password"],
  ["passwd", "password"],
  ["pwd", "password"],
  ["pass", "password"],
  ["passphrase", "password"],
  ["accesstoken", "token"],
  ["refreshtoken", "token"],
  ["idtoken", "token"],
  ["token", "token"],
  ["cookie", "token"],
  ["setcookie", "token"],
  ["session", "token"],
  ["sessionid", "token"],
  ["jsessionid", "token"],
  ["phpsessid", "token"],
  ["otp", "otp"],
  ["pin", "otp"],
  ["mpin", "otp"],
  ["cvv", "cvv"],
  ["cvv2", "cvv"],
  ["cvc", "cvv"],
  ["cvc2", "cvv"],
  ["cvn", "cvv"],
  ["csc", "cvv"],
  ["securitycode", "cvv"],
  ["pan", "card-number"],
  ["cardnumber", "card-number"],
  ["cardno", "card-number"],
  ["ccnumber", "card-number"],
  ["ccnum", "card-number"],
  ["ccno", "card-number"],
  ["primaryaccountnumber", "card-number"],
  ["expiry", "card-expiry"],
  ["expirydate", "card-expiry"],
  ["cardexpiry", "card-expiry"],
  ["expdate", "card-expiry"],
  ["validthru", "card-expiry"],
  ["nik", "national-id"],
  ["ktp", "national-id"],
  ["nomorktp", "national-id"],
  ["noktp", "national-id"],
  ["rekening", "account-number"],
  ["norekening", "account-number"],
  ["norek", "account-number"],
  ["phone", "phone"],
  ["msisdn", "phone"],
  ["nohp", "phone"],
  ["hp", "phone"],
  ["email", "email"],
]);

/** A name that holds a credential only as a query parameter, `?key=…`: in JSON, "key" names a Postman variable. */
const QUERY_NAMES = new Map<string, SecretKind>([["key", "client-secret"]]);

/** JSON Web Key members that hold private key material (RFC 7518 §6.3.2, and "k" of a symmetric key). */
const JWK_PRIVATE_MEMBERS = new Set(["d", "p", "q", "dp", "dq", "qi", "k", "oth"]);

/** A last word that makes the name describe a secret rather than hold one: tokenType, signatureMethod, otpLength. */
const DESCRIBING_WORDS = new Set([
  "type", "method", "algorithm", "alg", "version", "format", "length", "len", "status", "expires", "expiry", "expiration",
  "expired", "ttl", "in", "at", "enabled", "required", "url", "uri", "endpoint", "path", "name", "names", "header",
  "headers", "id", "ids", "count", "attempts", "retries", "policy", "hint", "label", "verified", "valid", "sent",
  "channel", "mode", "scheme", "prefix", "scope", "scopes", "flag", "provider", "issuer", "audience", "timeout",
]);

/** Words before "key" that make it a secret: apiKey, sharedKey, SECRET_KEY, signingKey. Not clientKey or publicKey. */
const SECRET_KEY_QUALIFIERS = new Set(["api", "shared", "secret", "signing", "hmac", "master", "encryption", "app", "access", "merchant", "auth", "private"]);

/** "X-CLIENT-KEY" ⇒ ["x", "client", "key"]; "primaryAccountNumber" ⇒ ["primary", "account", "number"]; "cvv2" ⇒ ["cvv2"]. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The kind of secret or personal data a key's value holds, or undefined for any other key. */
export function secretKindOfKey(rawName: string, context: KeyContext = {}): SecretKind | undefined {
  // XML names may carry a namespace: <ns2:accessToken>.
  const name = rawName.slice(rawName.lastIndexOf(":") + 1);
  const lower = name.toLowerCase();
  if (context.jwk && JWK_PRIVATE_MEMBERS.has(lower)) return "private-key";
  if (context.query && QUERY_NAMES.has(lower)) return QUERY_NAMES.get(lower);
  const whole = WHOLE_NAMES.get(lower.replace(/[-_.\s]/g, ""));
  if (whole) return whole;
  return kindOfWords(wordsOf(name));
}

function kindOfWords(words: string[]): SecretKind | undefined {
  const last = words.at(-1) ?? "";
  const previous = words.at(-2) ?? "";
  const has = (word: string) => words.includes(word);
  if (words.length === 0 || DESCRIBING_WORDS.has(last) || has("masked") || has("public")) return undefined;
  const numberWord = last === "number" || last === "no" || last === "num" || last === "nr";

  if (has("private") && (last === "key" || last === "pem")) return "private-key";
  if (/^(?:pass|pwd|passphrase|passcode)$/.test(last) || words.some((word) => /(?:password|passwd)$/.test(word))) return "password";
  if (last === "secret" || (has("secret") && (last === "key" || last === "value"))) return "client-secret";
  if (last === "key" && SECRET_KEY_QUALIFIERS.has(previous)) return "client-secret";
  if (has("credential") || has("credentials")) return "client-secret";
  if (has("cvv") || has("cvv2") || has("cvc") || has("cvc2") || has("cvn") || (has("security") && last === "code")) return "cvv";
  if (has("otp") || last === "pin" || (has("pin") && (last === "code" || numberWord))) return "otp";
  if (last === "token" || last === "jwt" || last === "cookie" || (has("session") && !numberWord)) return "token";
  if (has("authorization")) return "authorization";
  if (last === "signature" || last === "sig" || last === "hmac" || has("hmac")) return "signature";
  if ((has("card") || has("cc") || has("pan")) && numberWord) return "card-number";
  if ((has("expiry") || has("expiration") || has("exp")) && /^(?:date|month|year|mm|yy|mmyy|yymm)$/.test(last)) return "card-expiry";
  if (has("nik") || has("ktp") || (has("national") && has("id")) || ((has("identity") || has("identification") || has("id")) && numberWord)) return "national-id";
  if ((has("account") || has("rekening")) && numberWord && !has("virtual")) return "account-number";
  if (has("phone") || has("mobile") || has("msisdn") || has("handphone") || has("whatsapp") || has("telephone") || has("hp") || (has("contact") && numberWord)) return "phone";
  if (has("email") || (has("mail") && has("address"))) return "email";
  return undefined;
}
