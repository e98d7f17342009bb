// Everything the paste-box runs, in one module the page loads after it has rendered (jsonrepair included), so the
// decoder costs the page's first load nothing. It is fetched with the catalogue as soon as the page hydrates, on the
// reader's first intent (a focus, a paste): decoding itself then makes no request.
export { decodePaste } from "./decode";
export { redactSecrets } from "./redact";
export { SHARE_LINK_MAX_CHARS, codeOnlyFragment, codesFromFragment, decodeShareFragment, encodeShareFragment } from "./share-link";
export { triageNote } from "./triage-note";
