// Reads the non-SNAP code tables out of the reference document (a test fixture), for tests that check content
// against it. Rows the reference marks as cut off ("…[cut]") are left out: they are not confirmed.

export interface ReferenceRow {
  code: string;
  text: string;
}

function section(markdown: string, from: string, to: string): string {
  return markdown.split(from)[1]?.split(to)[0] ?? "";
}

/** Section 1.4, DOKU Biller: `CODE` "Message" pairs, e.g. U001 "Bill already paid.". */
export function referenceBillerCodes(markdown: string): ReferenceRow[] {
  const line = section(markdown, "### 1.4", "\n- Card").split("\n").find((text) => text.startsWith("- DOKU Biller")) ?? "";
  return [...line.matchAll(/`([0-9A-Z]{4})` "([^"]+)"/g)].map(([, code = "", text = ""]) => ({ code, text }));
}

export interface ReferenceV1Row {
  code: string;
  phpMessage: string;
  nodeMessage: string;
  snapCode: string;
}

/** Section 4.7, the legacy V1 → SNAP table. */
export function referenceV1Codes(markdown: string): ReferenceV1Row[] {
  return [...section(markdown, "### 4.7", "### 4.8").matchAll(/^\| (\d{4}) \| (.+?) \| (.+?) \| (\d{7}) \|$/gm)].map(
    ([, code = "", phpMessage = "", nodeMessage = "", snapCode = ""]) => ({ code, phpMessage, nodeMessage, snapCode }),
  );
}

export interface ReferenceCardRow extends ReferenceRow {
  category: string;
}

/** Section 4.6, [DOKU-RC] rows: "05 Do not honor (Generic)." The last parenthesis is the category. */
export function referenceCardCodes(markdown: string): ReferenceCardRow[] {
  const paragraph = section(markdown, "### 4.6", "### 4.7").split("\n").find((text) => text.startsWith("[DOKU-RC]")) ?? "";
  const rows = paragraph.slice(paragraph.indexOf(": 00 ") + 2).split(/\. (?=\d\d )/);
  return rows
    .filter((row) => !row.includes("[cut]"))
    .map((row) => {
      const match = /^(\d\d) (.+) \(([^()]+)\)\.?$/.exec(row);
      return { code: match?.[1] ?? "", text: match?.[2] ?? "", category: match?.[3] ?? "" };
    });
}

/** Section 4.6, [DOKU-TR] "Card Response Code" rows, four digits: "0005 Do Not Honor". */
export function referenceCardReportCodes(markdown: string): ReferenceRow[] {
  const paragraph = section(markdown, "### 4.6", "### 4.7").split("\n").find((text) => text.startsWith("[DOKU-TR]")) ?? "";
  const list = paragraph.slice(paragraph.indexOf(": 0000 ") + 2).split(". The two copies")[0] ?? "";
  return list
    .split(/, (?=\d{4} )/)
    .filter((row) => !row.includes("[cut]"))
    .map((row) => ({ code: row.slice(0, 4), text: row.slice(5) }));
}

/** Section 4.5: the transaction status values, e.g. "PENDING". */
export function referenceStatusValues(markdown: string): string[] {
  const line = section(markdown, "### 4.5", "### 4.6").split("\n").find((text) => text.startsWith("[DOKU-CS non-snap]")) ?? "";
  return [...line.matchAll(/`([A-Z]+)` \(/g)].map(([, status = ""]) => status);
}
