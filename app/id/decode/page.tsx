import { DecodePage, decodeMetadata } from "@/components/pages/decode-page";

export const metadata = decodeMetadata("id");

export default function Page() {
  return <DecodePage locale="id" />;
}
