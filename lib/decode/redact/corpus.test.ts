// The corpus of secret placements (fixtures/): no planted secret survives into the redacted text, a share link (the
// default one and one with the paste), the view restored from either, or a triage note.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../content/load";
import { toDecodeCatalogue } from "../catalogue";
import { decodePaste } from "../decode";
import { redactSecrets } from "../redact";
import { encodeExplanationFragment, readShareFragment } from "../share-link";
import { restoreExplanation, toSharedExplanation } from "../shared-explanation";
import { triageNote } from "../triage-note";
import { SECRET_KINDS, type SecretKind } from "./secret-kinds";

const content = loadCatalogue();
const catalogue = toDecodeCatalogue(content);
const FIXTURES = path.join(import.meta.dirname, "fixtures");

interface Placement {
  name: string;
  format: string;
  kind: SecretKind;
  secrets: string[];
  paste: string;
}

function isKind(value: string): value is SecretKind {
  return (SECRET_KINDS as string[]).includes(value);
}

const corpus: Placement[] = fs
  .readdirSync(FIXTURES)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => {
    const text = fs.readFileSync(path.join(FIXTURES, file), "utf8");
    const divider = text.indexOf("\n---\n");
    const header = text.slice(0, divider).split("\n");
    const field = (name: string) => header.filter((line) => line.startsWith(`${name}: `)).map((line) => line.slice(name.length + 2));
    const kind = field("kind")[0] ?? "";
    if (!isKind(kind)) throw new Error(`${file}: unknown kind ${kind}`);
    return { name: file.replace(/\.txt$/, ""), format: field("format")[0] ?? "", kind, secrets: field("secret"), paste: text.slice(divider + 5).replace(/\n$/, "") };
  });

/** A short number survives only as a whole number ("7391" is not in "17391"); anything else as written or JSON-escaped. */
function survives(text: string, secret: string): boolean {
  if (/^\d{1,7}$/.test(secret)) return new RegExp(`(?<!\\d)${secret}(?!\\d)`).test(text);
  return text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1));
}

const absoluteUrl = (sitePath: string) => `https://errors.example.com${sitePath}`;

/** What a fragment carries, inflated: the JSON of a v2 link. */
function carried(fragment: string): string {
  return zlib.inflateRawSync(Buffer.from(fragment.replace(/^v\d+\./, ""), "base64url")).toString("utf8");
}

describe("the corpus", () => {
  it("plants at least 60 secrets across at least 12 notations", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((placement) => placement.format)).size).toBeGreaterThanOrEqual(12);
  });

  it("plants each secret in its paste, where it would leak without redaction", () => {
    for (const { name, secrets, paste } of corpus) for (const secret of secrets) expect(survives(paste, secret), name).toBe(true);
  });
});

describe.each(corpus)("$name ($format)", ({ kind, secrets, paste }) => {
  it(`is redacted, and the removal is named: ${kind}`, () => {
    const { text, removed } = redactSecrets(paste);
    for (const secret of secrets) expect(survives(text, secret), text).toBe(false);
    expect(removed.map((summary) => summary.kind)).toContain(kind);
  });

  it("leaves no trace in a share link, with or without the paste, nor in the views restored from them", async () => {
    const result = decodePaste(paste, catalogue);
    const { explanation } = toSharedExplanation(result);
    for (const shared of [explanation, { ...explanation, paste: redactSecrets(paste).text }]) {
      const fragment = await encodeExplanationFragment(shared);
      const link = await readShareFragment(fragment);
      if (link.kind !== "explanation") throw new Error(`the link reads as ${link.kind}`);
      const restored = restoreExplanation(link.explanation, catalogue);
      for (const text of [carried(fragment), JSON.stringify(restored), link.explanation.paste ?? "", triageNote(restored, absoluteUrl)]) {
        for (const secret of secrets) expect(survives(text, secret), text).toBe(false);
      }
    }
  });

  it("leaves no trace in the triage note", () => {
    const note = triageNote(decodePaste(paste, catalogue), absoluteUrl);
    for (const secret of secrets) expect(survives(note, secret), note).toBe(false);
  });
});
