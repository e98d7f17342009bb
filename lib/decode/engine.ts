// Everything the paste-box runs, in one module the page loads after it has rendered (jsonrepair included), so the
// decoder costs the page's first load nothing. It is fetched with the catalogue as soon as the page hydrates, on the
// reader's first intent (a focus, a paste): decoding itself then makes no request.
export { decodePaste } from "./decode";
export { redactSecrets, sumRemoved } from "./redact";
export { SHARE_LINK_MAX_CHARS, codeOnlyFragment, codesFromFragment, encodeExplanationFragment, readShareFragment } from "./share-link";
export { countRemovedBySender, placeholderRanges, removeSelection } from "./share-preview";
export { restoreExplanation, toSharedExplanation } from "./shared-explanation";
export { triageNote } from "./triage-note";
