// X-TIMESTAMP: the format ASPI asks for (yyyy-MM-ddTHH:mm:ssTZD), what is flagged, and the other strings for one instant.
import { describe, expect, it } from "vitest";
import { formatTimestamp, readTimestamp, timestampAlternatives } from "./timestamp";

describe("readTimestamp", () => {
  it.each(["2026-11-30T15:04:05+07:00", "2026-11-30T08:04:05Z", "2020-12-21T07:56:11.000Z", "2026-11-30T15:04:05-03:30"])("accepts %s", (value) => {
    expect(readTimestamp(value).problems).toEqual([]);
  });

  it.each([
    ["2026-11-30 15:04:05", [/space where ISO 8601 has a T/, /no time-zone offset/]],
    ["2026-11-30T15:04:05", [/no time-zone offset/]],
    ["2026-11-30T15:04:05+0700", [/\+0700 has no colon/]],
    ["2026-11-30T15:04:05+07", [/no minutes/]],
    ["2026-11-30t15:04:05z", [/lower-case t/, /lower-case z/]],
    ["2026-11-30T15:04+07:00", [/no seconds/]],
    ["2026-11-30T15:04:05 UTC", [/space before the offset/, /word UTC/]],
    ["2026-13-30T15:04:05Z", [/not a real date/]],
    ["2026-02-30T15:04:05Z", [/not a real date/]],
    ["1764489845", [/Unix time/]],
    ["30/11/2026 15:04", [/not in the form/]],
  ])("flags %s", (value, problems) => {
    const found = readTimestamp(value).problems;
    expect(found).toHaveLength(problems.length);
    problems.forEach((problem, i) => expect(found[i]).toMatch(problem));
  });

  it("reads a time without an offset both as WIB and as UTC", () => {
    const { instants } = readTimestamp("2026-11-30 15:04:05");
    expect(instants.map((instant) => new Date(instant.epochMs).toISOString())).toEqual(["2026-11-30T08:04:05.000Z", "2026-11-30T15:04:05.000Z"]);
  });
});

describe("timestampAlternatives", () => {
  it("offers the same instant as Z, +00:00 and +07:00, with and without milliseconds, and a second or two apart", () => {
    const values = timestampAlternatives("2026-11-30T15:04:05+07:00").map((alternative) => alternative.value);
    for (const expected of ["2026-11-30T08:04:05Z", "2026-11-30T08:04:05+00:00", "2026-11-30T15:04:05.000+07:00", "2026-11-30T08:04:05.000Z", "2026-11-30T15:04:04+07:00", "2026-11-30T15:04:07+07:00"]) {
      expect(values).toContain(expected);
    }
    expect(values).not.toContain("2026-11-30T15:04:05+07:00");
  });

  it("offers the properly written string for a timestamp sent with a space and no offset", () => {
    const values = timestampAlternatives("2026-11-30 15:04:05").map((alternative) => alternative.value);
    expect(values).toContain("2026-11-30T15:04:05+07:00");
    expect(values).toContain("2026-11-30T15:04:05Z");
  });

  it("offers nothing for a string that is not a date", () => {
    expect(timestampAlternatives("yesterday")).toEqual([]);
  });
});

describe("formatTimestamp", () => {
  it("writes an instant in an offset", () => {
    expect(formatTimestamp(Date.UTC(2026, 10, 30, 8, 4, 5), 420, { millis: false })).toBe("2026-11-30T15:04:05+07:00");
    expect(formatTimestamp(Date.UTC(2026, 10, 30, 8, 4, 5, 7), 0, { millis: true })).toBe("2026-11-30T08:04:05.007Z");
    expect(formatTimestamp(Date.UTC(2026, 10, 30, 8, 4, 5), -210, { millis: false })).toBe("2026-11-30T04:34:05-03:30");
  });
});
