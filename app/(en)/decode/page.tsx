import { DecodePage, decodeMetadata } from "@/components/pages/decode-page";

export const metadata = decodeMetadata("en");

export default function Page() {
  return <DecodePage locale="en" />;
}
