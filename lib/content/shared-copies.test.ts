// The reference and the seed are copied into fixtures/ so a clone tests on its own; where ../shared/ exists beside the
// project (every developer's machine and CI), the copies must be the same as the originals, or the content tests would
// check pages against facts that have since changed.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SHARED = path.resolve(import.meta.dirname, "../../../shared");
const FIXTURES = path.join(import.meta.dirname, "fixtures");

const COPIES = [
  { original: "reference/doku-snap-facts.md", copy: "reference/doku-snap-facts.md" },
  { original: "seed/doku-error-codes-glossary.txt", copy: "seed/doku-error-codes-glossary.txt" },
];

describe.skipIf(!fs.existsSync(SHARED))("copies of ../shared/", () => {
  it.each(COPIES)("fixtures/$copy is the same as ../shared/$original (copy it again when the original changes)", ({ original, copy }) => {
    const originalText = fs.readFileSync(path.join(SHARED, original), "utf8");
    const copyText = fs.readFileSync(path.join(FIXTURES, copy), "utf8");
    expect(copyText === originalText, `cp ../shared/${original} lib/content/fixtures/${copy}`).toBe(true);
  });
});
