// The code pages that link to the signature check (/signature/): codes whose documented meaning or first cause is a
// signature the other side refused. One list, read by the code pages and the paste-box; related-codes.test.ts checks
// that every code whose aliases speak of a signature is in it.

/** Entry id ⇒ why the page links to the check. */
export const SIGNATURE_CODES: ReadonlyMap<string, string> = new Map([
  ["snap/401xx00", "Unauthorized. [reason]: SNAP's case for a bad signature, an unknown client or a wrong key."],
  ["snap/4017300", "Unauthorized on the B2B token call, which is signed with SHA256withRSA over X-CLIENT-KEY|X-TIMESTAMP."],
  ["snap/4012400", "Unauthorized on VA inquiry: BCA sends it for a bad signature, \"Unauthorized. [Signature]\"."],
  ["snap/4010000", "The SDKs' Unauthorized: client ID and secret key, or (PHP) \"Unauthorized. Invalid Signature\"."],
  ["non-snap/invalid-signature", "DOKU refused the Signature header of a non-SNAP request."],
  ["http/401", "DOKU's HTTP 401: a missing or expired token, or a signature that did not match."],
]);

export function hasSignatureCheck(entryId: string | undefined): boolean {
  return entryId !== undefined && SIGNATURE_CODES.has(entryId);
}
