// Personal data recognised by its shape, whatever key it sits under: e-mail addresses, card numbers (Luhn-valid,
// 13–19 digits, in any grouping: spaces, double spaces, dots, dashes, or glued after "tok_"), Indonesian national ID
// numbers (NIK: 16 digits that encode a province, a birth date and a serial), phone numbers ("+62 812-3456-7890",
// "(0812) 3456-7890"), and one-time passwords in a sentence ("OTP 123456", "kode OTP anda: 123456").
// A digit run's first group belongs to what it is glued to ("INV-2024…", a decimal's "0.1234…"), so invoice numbers,
// amounts, dates and timestamps stay. Linear time: each run of digits is read once, and only its groups are walked.
import type { SecretKind, SecretSpan } from "./secret-kinds";

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+(?:@|%40)[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/gu;

/**
 * At least 8 digits, in groups separated by up to three spaces or dashes, by parentheses ("(0812) 3456"), or by a dot
 * before 3 or more digits ("4111.1111.1111.1111", but not the decimal in "6281234567.00"). A dot after fewer than 3
 * digits ("0.0812345678") is a decimal point: numbersInRun splits the run there.
 */
const DIGIT_RUN = /[(+]{0,2}\d(?:(?:[ -]{1,3}|\)[ -]{1,2}|[ -]{0,2}\(|\.(?=\d{3}))?\d){7,}/g;

/** "OTP 123456", "OTP code is: 123456", "kode OTP anda: 123456", "PIN 1234", "your one-time password is 123456". */
const OTP_AFTER_WORD =
  /\b(?:otp|one[- ]time (?:password|passcode|code|pin)|verification code|kode (?:otp|verifikasi)|passcode|pin)\b(?:[\s:=#'"]|\bis\b|\badalah\b|\banda\b|\bkamu\b|\byour\b|\bcode\b|\bkode\b){0,8}?(\d{4,8})(?!\d|[.,]\d)/gi;
/** "123456 is your OTP", "123456 adalah kode OTP anda". */
const OTP_BEFORE_WORD = /(?<![\d.])(\d{4,8})\s+(?:is|adalah)\s+(?:your\s+|kode\s+)?(?:otp|one[- ]time|verification)\b/gi;

export function personalDataSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (text.includes("@") || text.includes("%40")) {
    for (const match of text.matchAll(EMAIL)) {
      if (!isUrlUserinfo(text, match.index)) spans.push({ start: match.index, end: match.index + match[0].length, kind: "email" });
    }
  }
  if (/\d/.test(text)) {
    for (const match of text.matchAll(DIGIT_RUN)) numbersInRun(text, match.index, match[0], spans);
    if (/otp|pin|one[- ]time|verifi|passcode/i.test(text)) {
      for (const match of text.matchAll(OTP_AFTER_WORD)) {
        const code = match[1] ?? "";
        const end = match.index + match[0].length;
        spans.push({ start: end - code.length, end, kind: "otp" });
      }
      for (const match of text.matchAll(OTP_BEFORE_WORD)) spans.push({ start: match.index, end: match.index + (match[1] ?? "").length, kind: "otp" });
    }
  }
  return spans;
}

/** "https://user:pass@host.com": the URL rule masks the password; "pass@host.com" is no e-mail address. */
function isUrlUserinfo(text: string, start: number): boolean {
  let at = start - 1;
  for (let steps = 0; steps < 512 && at >= 2; steps += 1, at -= 1) {
    const char = text[at];
    if (char === "/") return text[at - 1] === "/" && text[at - 2] === ":";
    if (char === undefined || /[\s@"'<>]/.test(char)) return false;
  }
  return false;
}

interface DigitGroup {
  start: number;
  end: number;
}

/** The cards, NIKs and phone numbers in one digit run found at `offset`, added to `spans`. */
function numbersInRun(text: string, offset: number, run: string, spans: SecretSpan[]): void {
  const decimalPoint = run.includes(".") ? decimalPointIn(run) : -1;
  if (decimalPoint >= 0) {
    // Each side on its own: the digits after the point are glued to it, as in a decimal.
    numbersInRun(text, offset, run.slice(0, decimalPoint), spans);
    numbersInRun(text, offset + decimalPoint + 1, run.slice(decimalPoint + 1), spans);
    return;
  }
  const gluedBefore = isGluedBefore(text, offset);
  const gluedAfter = isGluedAfter(text, offset + run.length);
  // Most runs are one group of digits (an id, a timestamp): read those without splitting them.
  if (/^\d+$/.test(run)) {
    if (gluedBefore || gluedAfter) return;
    const kind = isCardNumber(run) ? "card-number" : isNik(run) ? "national-id" : PHONE.test(run) ? "phone" : undefined;
    if (kind) spans.push({ start: offset, end: offset + run.length, kind });
    return;
  }
  const allGroups = digitGroups(run);
  // What is glued to a word before it, up to the first space, belongs to it ("INV-2024-0812-3456"); the rest is read
  // on its own, so "A0 4111 1111 1111 1111" still masks the card. Glued after, only the last group belongs to the word:
  // "4000000000000002-0A" still masks the card.
  const firstSpace = run.indexOf(" ");
  const groups = gluedAfter ? allGroups.slice(0, -1) : allGroups;
  const first = gluedBefore ? groups.findIndex((group) => firstSpace >= 0 && group.start > firstSpace) : 0;
  if (first < 0 || first >= groups.length) return;

  const found: Found[] = [];
  for (let index = first; index < groups.length; ) {
    const next = cardFrom(run, groups, index) ?? nikAt(run, groups, index) ?? phoneFrom(run, groups, index, index === 0 && !gluedBefore);
    if (next) found.push({ ...next, first: index });
    index = next ? next.last + 1 : index + 1;
  }
  // Any other grouping ("41 11 11 11 11 11 11 11", "4111 11111111 1111"): the whole run, read as one number.
  if (found.length === 0 && groups.length - first > 1) {
    const digits = groups.slice(first).map((group) => run.slice(group.start, group.end)).join("");
    if (isCardNumber(digits)) found.push({ kind: "card-number", first, last: groups.length - 1 });
  }
  for (const { kind, first: from = first, last } of found) {
    // The run's own start includes a leading "+" or "(".
    const start = from === 0 && !gluedBefore ? 0 : (groups[from]?.start ?? 0);
    spans.push({ start: offset + start, end: offset + (groups[last]?.end ?? run.length), kind });
  }
}

/** The first dot after fewer than 3 digits, or -1: "0.0812…" has one, "4111.1111…" none. */
function decimalPointIn(run: string): number {
  for (let dot = run.indexOf("."); dot >= 0; dot = run.indexOf(".", dot + 1)) {
    let digits = 0;
    while (digits < 3 && isDigit(run.charCodeAt(dot - 1 - digits))) digits += 1;
    if (digits < 3) return dot;
  }
  return -1;
}

function digitGroups(run: string): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let at = 0;
  while (at < run.length) {
    while (at < run.length && !isDigit(run.charCodeAt(at))) at += 1;
    const start = at;
    while (at < run.length && isDigit(run.charCodeAt(at))) at += 1;
    if (at > start) groups.push({ start, end: at });
  }
  return groups;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Glued to a word or a number before it: "x4111…", "INV-2024…", "0.1234…". Not after "_": "tok_4111…" is a card. */
function isGluedBefore(text: string, start: number): boolean {
  const before = text[start - 1] ?? "";
  return /[A-Za-z0-9+]/.test(before) || (before === "-" && /\w/.test(text[start - 2] ?? "")) || (before === "." && /\d/.test(text[start - 2] ?? ""));
}

/** …and its last group to what follows: "4111…abc", a decimal part "12345678.90" or "12345678,5", "0812345678_x". */
function isGluedAfter(text: string, end: number): boolean {
  const next = text[end] ?? "";
  return /\w/.test(next) || ((next === "." || next === ",") && /^\d{1,3}(?!\d)/.test(text.slice(end + 1, end + 5)));
}

interface Found {
  kind: SecretKind;
  /** The span's first and last group. */
  first?: number;
  last: number;
}

function cardFrom(run: string, groups: DigitGroup[], first: number): Found | undefined {
  const firstGroup = groups[first];
  if (!firstGroup) return undefined;
  const firstLength = firstGroup.end - firstGroup.start;
  // Every usual card grouping starts with a group of 4, or is one group of 13–19 digits; "+" starts a phone number.
  if ((firstLength !== 4 && firstLength < 13) || (first === 0 && /^\(?\+/.test(run))) return undefined;
  // The digits of the first 1…5 groups, as long as they stay within 19 digits.
  const lengths: number[] = [];
  const prefixes: string[] = [];
  let digits = "";
  for (let index = first; index < groups.length && index <= first + 4 && digits.length < 19; index += 1) {
    const group = groups[index];
    if (!group) break;
    digits += run.slice(group.start, group.end);
    lengths.push(group.end - group.start);
    prefixes.push(digits);
  }
  for (let count = lengths.length; count >= 1; count -= 1) {
    if (isCardShaped(lengths, count) && isCardNumber(prefixes[count - 1] ?? "")) return { kind: "card-number", last: first + count - 1 };
  }
  return undefined;
}

/** The first `count` groups: 4111111111111111, 4111 1111 1111 1111, 4111-1111-1111-1111-111, Amex 3782 822463 10005. */
function isCardShaped(lengths: readonly number[], count: number): boolean {
  let total = 0;
  for (let index = 0; index < count; index += 1) total += lengths[index] ?? 0;
  if (total < 13 || total > 19) return false;
  if (count === 1) return true;
  if (count === 3 && lengths[0] === 4 && lengths[1] === 6 && (lengths[2] === 5 || lengths[2] === 4)) return true;
  if (count < 4 || (lengths[count - 1] ?? 0) > 4) return false;
  for (let index = 0; index < count - 1; index += 1) if (lengths[index] !== 4) return false;
  return true;
}

/**
 * 13–19 digits, Luhn-valid, starting with 2–6: the issuer ranges of payment cards (Mastercard 2/5, Amex and JCB 3,
 * Visa 4, Discover and UnionPay 6). VA numbers, which start with 8 or 9, and millisecond timestamps (1…) stay.
 */
export function isCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19 || !/^[2-6]/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Province codes of NIK (Dukcapil): Sumatra 11–19, Java 31–36, Bali and Nusa Tenggara 51–53, Kalimantan 61–65, Sulawesi 71–76, Maluku 81–82, Papua 91–97. */
const NIK_PROVINCES = new Set(["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96", "97"]);

/** A NIK: province, regency, district, birth day (plus 40 for women), month, year, then a serial from 0001. */
export function isNik(digits: string): boolean {
  if (!/^\d{16}$/.test(digits) || !NIK_PROVINCES.has(digits.slice(0, 2))) return false;
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  return digits.slice(2, 4) !== "00" && digits.slice(4, 6) !== "00" && ((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) && month >= 1 && month <= 12 && digits.slice(12) !== "0000";
}

function nikAt(run: string, groups: DigitGroup[], index: number): Found | undefined {
  const group = groups[index];
  return group && group.end - group.start === 16 && isNik(run.slice(group.start, group.end)) ? { kind: "national-id", last: index } : undefined;
}

/**
 * Indonesian mobiles: 08…, 62 8…, +62 8… (8–12 digits after the 0 or 62); other countries only with "+" (8–15 digits).
 * A response code (4012400), a date or an amount never has these shapes.
 */
const PHONE = /^(?:(?:\+62|62)[ -]?8(?:[ -]?\d){7,11}|08(?:[ -]?\d){7,11}|\+[1-9](?:[ -]?\d){7,14})$/;

function phoneFrom(run: string, groups: DigitGroup[], first: number, fromRunStart: boolean): Found | undefined {
  const group = groups[first];
  if (!group) return undefined;
  const start = fromRunStart ? 0 : group.start;
  // Cheap first: a phone number starts with "+", "08" or "62", after an optional "(".
  const opening = run.slice(start, start + 5).replace(/^\(+/, "");
  if (!/^(?:\+\(?[1-9]|08|62)/.test(opening)) return undefined;
  let total = 0;
  const candidates: number[] = [];
  for (let index = first; index < groups.length && total < 15; index += 1) {
    const next = groups[index];
    if (!next) break;
    total += next.end - next.start;
    if (total >= 8 && total <= 15) candidates.push(index);
  }
  for (const last of candidates.reverse()) {
    if (PHONE.test(asPhone(run.slice(start, groups[last]?.end)))) return { kind: "phone", last };
  }
  return undefined;
}

/** "(0812) 3456  7890" ⇒ "0812 3456 7890": parentheses and dots become spaces, and separators one character. */
function asPhone(text: string): string {
  return text
    .replace(/[().]/g, " ")
    .replace(/[ -]+/g, (separators) => (separators.includes("-") ? "-" : " "))
    .trim();
}
