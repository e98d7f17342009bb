// The one rule for turning a code into its file name and URL segment.

/** Lower case, "_" and spaces as "-", e.g. "INVALID_PARAMETER" ⇒ "invalid-parameter", "429" ⇒ "429". */
export function slugForCode(code: string): string {
  return code.trim().toLowerCase().replace(/[_\s]+/g, "-");
}
