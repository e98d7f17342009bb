// The names of the kinds of finding, on the page and in the triage note. Apart from decode.ts so the page can name
// them without loading the decoder (a type import costs nothing). In Indonesian: DECODE_STRINGS.id.kinds.
import { DECODE_STRINGS } from "../i18n/decode";
import type { FindingKind } from "./decode";

export type { FindingKind };

export const FINDING_KIND_LABELS: Record<FindingKind, string> = DECODE_STRINGS.en.kinds;
