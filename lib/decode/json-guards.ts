// Type guards for pasted JSON, which stays `unknown` until one of these narrows it.

/** A JSON object (not an array, not null): `{"responseCode": …}`. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
