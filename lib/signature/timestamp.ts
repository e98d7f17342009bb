// X-TIMESTAMP and Request-Timestamp: is the string ISO 8601 with an offset (ASPI: yyyy-MM-ddTHH:mm:ssTZD), and which
// other strings name the same instant, for the signer that signed one string and sent another (reference §3.2, §5.5.6).
import { SIGNATURE_TEXT } from "../i18n/signature";
import type { Locale } from "../i18n/locale";

export interface Instant {
  epochMs: number;
  /** Minutes east of UTC, e.g. 420 for +07:00 (WIB). */
  offsetMinutes: number;
  /** Set when the string has no offset and this instant is one reading of it: read as WIB or as UTC. */
  assumed?: "wib" | "utc";
}

export interface TimestampReading {
  /** What is wrong with the format, one sentence each; empty when it is ISO 8601 with an offset. */
  problems: string[];
  /** The instant the string names; two readings (UTC, WIB) when it has no offset; none when it is not a date. */
  instants: Instant[];
  hasMillis: boolean;
}

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})([Tt]|[ \t]+)(\d{2}):(\d{2})(?::(\d{2}))?(?:([.,])(\d{1,9}))?([ \t]*)(Z|z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?$/;
const WIB = 7 * 60;

export function readTimestamp(value: string, locale: Locale = "en"): TimestampReading {
  const t = SIGNATURE_TEXT[locale].timestamp;
  const trimmed = value.trim();
  const match = ISO_LIKE.exec(trimmed);
  if (!match) {
    if (/^\d{10}(\d{3})?$/.test(trimmed)) {
      return { problems: [t.unix(quote(trimmed))], instants: [], hasMillis: false };
    }
    return { problems: [t.notIso(quote(trimmed))], instants: [], hasMillis: false };
  }
  const [, year, month, day, separator = "", hour, minute, second, fractionMark, fraction, spaceBeforeZone, zone] = match;
  const problems: string[] = [];
  if (value !== trimmed) problems.push(t.spacesAround);
  if (/^[ \t]+$/.test(separator)) problems.push(t.spaceSeparator);
  else if (separator === "t") problems.push(t.lowerT);
  if (second === undefined) problems.push(t.noSeconds);
  if (fractionMark === ",") problems.push(t.commaFraction);
  if (spaceBeforeZone) problems.push(t.spaceBeforeOffset);
  if (zone === undefined) problems.push(t.noOffset);
  else if (zone === "z") problems.push(t.lowerZ);
  else if (zone === "UTC" || zone === "GMT") problems.push(t.zoneWord(zone));
  else if (/^[+-]\d{4}$/.test(zone)) problems.push(t.offsetNoColon(zone, `${zone.slice(0, 3)}:${zone.slice(3)}`));
  else if (/^[+-]\d{2}$/.test(zone)) problems.push(t.offsetNoMinutes(zone));

  const offsetMinutes = zoneMinutes(zone);
  const fields = [Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second ?? 0)] as const;
  const millis = fraction ? Number(fraction.slice(0, 3).padEnd(3, "0")) : 0;
  const localMs = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5], millis);
  const real = new Date(localMs);
  const valid =
    real.getUTCFullYear() === fields[0] && real.getUTCMonth() === fields[1] - 1 && real.getUTCDate() === fields[2] && fields[3] < 24 && fields[4] < 60 && fields[5] < 60;
  if (!valid) problems.push(t.notReal(quote(trimmed)));
  if (offsetMinutes !== undefined && Math.abs(offsetMinutes) > 14 * 60) problems.push(t.offsetTooFar(zone ?? ""));

  const hasMillis = fraction !== undefined;
  if (!valid) return { problems, instants: [], hasMillis };
  const instants: Instant[] =
    offsetMinutes !== undefined
      ? [{ epochMs: localMs - offsetMinutes * 60_000, offsetMinutes }]
      : [
          { epochMs: localMs - WIB * 60_000, offsetMinutes: WIB, assumed: "wib" },
          { epochMs: localMs, offsetMinutes: 0, assumed: "utc" },
        ];
  return { problems, instants, hasMillis };
}

function zoneMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined) return undefined;
  if (/^(?:Z|z|UTC|GMT)$/.test(zone)) return 0;
  const digits = zone.replace(":", "");
  const sign = digits.startsWith("-") ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
}

/** e.g. formatTimestamp(Date.UTC(2026, 10, 30, 8, 4, 5), 420, { millis: false }) ⇒ "2026-11-30T15:04:05+07:00". */
export function formatTimestamp(epochMs: number, offsetMinutes: number, { millis, zulu = true }: { millis: boolean; zulu?: boolean }): string {
  const local = new Date(epochMs + offsetMinutes * 60_000);
  const pad = (value: number, size = 2) => String(value).padStart(size, "0");
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${millis ? `.${pad(local.getUTCMilliseconds(), 3)}` : ""}`;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const zone = offsetMinutes === 0 && zulu ? "Z" : `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${date}T${time}${zone}`;
}

export interface TimestampAlternative {
  value: string;
  /** How it relates to the one sent, e.g. "the same instant in UTC, with milliseconds". */
  description: string;
}

/**
 * Other strings a signer may have signed for the timestamp it sent: the same instant as Z, +00:00 or +07:00, with or
 * without milliseconds, and a second or two apart (code that reads the clock twice, once to sign and once to send).
 */
export function timestampAlternatives(value: string, locale: Locale = "en"): TimestampAlternative[] {
  const t = SIGNATURE_TEXT[locale].timestamp;
  const reading = readTimestamp(value);
  const found = new Map<string, string>();
  const add = (candidate: string, description: string) => {
    if (candidate !== value && !found.has(candidate)) found.set(candidate, description);
  };
  for (const { epochMs, offsetMinutes, assumed } of reading.instants) {
    for (const millis of [false, true]) {
      add(formatTimestamp(epochMs, offsetMinutes, { millis }), t.sameInstant("same-offset", millis, assumed));
      add(formatTimestamp(epochMs, 0, { millis }), t.sameInstant("utc-z", millis, assumed));
      add(formatTimestamp(epochMs, 0, { millis, zulu: false }), t.sameInstant("utc-plus-zero", millis, assumed));
      add(formatTimestamp(epochMs, WIB, { millis }), t.sameInstant("wib", millis, assumed));
    }
    if (!reading.hasMillis) {
      for (const seconds of [-2, -1, 1, 2]) add(formatTimestamp(epochMs + seconds * 1000, offsetMinutes, { millis: false }), t.clockReadTwice(seconds, assumed));
    }
  }
  return [...found].map(([candidate, description]) => ({ value: candidate, description }));
}

function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
}
