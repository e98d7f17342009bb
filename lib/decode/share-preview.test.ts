// The "Include the paste" preview: where the removals are, and removing what the reader selected.
import { describe, expect, it } from "vitest";
import { REMOVED_BY_SENDER, countRemovedBySender, placeholderRanges, removeSelection } from "./share-preview";

const preview = 'Authorization: Bearer [redacted: authorization]\n{"customerNo":"[redacted: phone …7890]","name":"Budi Santoso"}';

describe("placeholderRanges", () => {
  it("finds every removal, tails included", () => {
    expect(placeholderRanges(preview).map(({ start, end }) => preview.slice(start, end))).toEqual(["[redacted: authorization]", "[redacted: phone …7890]"]);
  });
});

describe("removeSelection", () => {
  it("replaces what the reader selected, and puts the caret after it", () => {
    const start = preview.indexOf("Budi Santoso");
    const removal = removeSelection(preview, start, start + "Budi Santoso".length);
    expect(removal?.text).toBe(preview.replace("Budi Santoso", REMOVED_BY_SENDER));
    expect(removal?.caret).toBe(start + REMOVED_BY_SENDER.length);
    expect(countRemovedBySender(removal?.text ?? "")).toBe(1);
  });

  it("takes a selection backwards as well as forwards", () => {
    const start = preview.indexOf("Budi");
    expect(removeSelection(preview, start + 4, start)?.text).toBe(preview.replace("Budi", REMOVED_BY_SENDER));
  });

  it("swallows a placeholder the selection cuts into, so no half placeholder is left", () => {
    const start = preview.indexOf("phone …");
    const removal = removeSelection(preview, preview.indexOf('"customerNo"'), start);
    expect(removal?.text).toBe(preview.replace('"customerNo":"[redacted: phone …7890]', REMOVED_BY_SENDER));
  });

  it("does nothing for an empty selection, or one of placeholders only", () => {
    expect(removeSelection(preview, 5, 5)).toBeUndefined();
    const placeholder = preview.indexOf("[redacted: authorization]");
    expect(removeSelection(preview, placeholder + 3, placeholder + 6)).toBeUndefined();
  });
});
