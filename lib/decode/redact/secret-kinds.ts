// What the redactor removes, how each removal reads in the text, and the span every recogniser reports.
// A removal reads `[redacted: <kind>]`; personal numbers keep their last 4 digits for support, e.g.
// `[redacted: phone …7890]`, when at least 9 digits were masked (so 5 or more stay hidden).

export type SecretKind =
  | "authorization"
  | "signature"
  | "client-secret"
  | "password"
  | "private-key"
  | "token"
  | "otp"
  | "random-string"
  | "card-number"
  | "cvv"
  | "card-expiry"
  | "national-id"
  | "account-number"
  | "phone"
  | "email";

/** The order here is the order of a redaction's `removed` list. */
export const SECRET_LABELS: Record<SecretKind, string> = {
  authorization: "Authorization header, bearer or Basic credentials",
  signature: "Request signature",
  "client-secret": "Client secret, API key or shared key",
  password: "Password",
  "private-key": "Private key",
  token: "Access, refresh or ID token, or session cookie",
  otp: "One-time password (OTP) or PIN",
  "random-string": "Long random-looking string (possibly a secret)",
  "card-number": "Card number",
  cvv: "Card security code (CVV)",
  "card-expiry": "Card expiry date",
  "national-id": "National ID number (NIK)",
  "account-number": "Bank account number",
  phone: "Phone number",
  email: "E-mail address",
};

export const SECRET_KINDS = Object.keys(SECRET_LABELS) as SecretKind[];

/** Personal numbers support quotes by their last digits ("the card ending 1111"): those stay readable. */
const KEEPS_LAST_DIGITS: ReadonlySet<SecretKind> = new Set(["card-number", "national-id", "account-number", "phone"]);
const MIN_DIGITS_FOR_TAIL = 9;

/** A stretch of the input to replace, found by one recogniser. */
export interface SecretSpan {
  start: number;
  end: number;
  kind: SecretKind;
  /** Put around the placeholder, e.g. '"' when a bare JSON number becomes a string: `"cvv": "[redacted: cvv]"`. */
  wrap?: string;
}

/** e.g. ("phone", "+62 812-3456-7890") ⇒ "[redacted: phone …7890]"; ("token", "eyJ…") ⇒ "[redacted: token]". */
export function placeholderFor(kind: SecretKind, original: string): string {
  if (KEEPS_LAST_DIGITS.has(kind)) {
    const digits = original.replace(/\D/g, "");
    if (digits.length >= MIN_DIGITS_FOR_TAIL) return `[redacted: ${kind} …${digits.slice(-4)}]`;
  }
  return `[redacted: ${kind}]`;
}

export const PLACEHOLDER_PREFIX = "[redacted: ";
/** Every placeholder this redactor writes, and the one the share preview writes for text the reader removed. */
export const PLACEHOLDER = /\[redacted: [a-z-]+(?: …\d{4})?\]/g;
const MAX_PLACEHOLDER_LENGTH = 40;

/** Where the placeholder starting at `from` ends, or undefined when no placeholder starts there. */
export function endOfPlaceholder(text: string, from: number): number | undefined {
  if (!text.startsWith(PLACEHOLDER_PREFIX, from)) return undefined;
  const close = text.indexOf("]", from);
  if (close < 0 || close - from > MAX_PLACEHOLDER_LENGTH) return undefined;
  return /^\[redacted: [a-z-]+(?: …\d{4})?\]$/.test(text.slice(from, close + 1)) ? close + 1 : undefined;
}

/** Literal values that are the bug being reported, not a secret: `"cvv": null`, `Bearer undefined`, `{{clientSecret}}`. */
const NOT_A_SECRET = /^(?:null|nil|none|undefined|true|false|\*+|x+|\.+|-+|\{\{[\w.-]*\}\}|\$\{[\w.-]*\}|<[\w -]*>|%[\w-]*%)$/i;

/** False for what is already redacted, empty, only punctuation, a literal like null, or a template variable. */
export function holdsSecret(value: string): boolean {
  const bare = value.includes(PLACEHOLDER_PREFIX) || value.includes("\\") ? value.replace(PLACEHOLDER, "").replace(/\\[nrt]/g, "") : value;
  const trimmed = bare.trim();
  return /[\p{L}\p{N}]/u.test(trimmed) && !NOT_A_SECRET.test(trimmed);
}
