// The key a finding's message came under in its body, e.g. "error.code" ⇒ "message". Redacting a message as that key
// would be redacted keeps a share link and a triage note consistent with the paste they came from.
const MESSAGE_KEYS: Record<string, string> = { "error.code": "message", response_code: "response_message", RESPONSECODE: "RESPONSEMSG", status_code: "status_message", error_code: "message" };

export function messageKeyOf(field: string): string {
  return MESSAGE_KEYS[field] ?? "responseMessage";
}
