// What the paste-box runs on the main thread, loaded when the reader first shares, previews or copies a note: share
// links, redaction, the triage note and the code table as Markdown and CSV. Decoding itself runs in a worker
// (components/islands/decode-worker.ts), which has the catalogue.
export { codeTableCsv, codeTableMarkdown } from "./code-table";
export { redactSecrets, sumRemoved } from "./redact";
export { SHARE_LINK_MAX_CHARS, codeOnlyFragment, codesFromFragment, encodeExplanationFragment } from "./share-link";
export { countRemovedBySender, placeholderRanges, removeSelection } from "./share-preview";
export { toSharedExplanation } from "./shared-explanation";
export { triageNote } from "./triage-note";
