import type { Metadata } from "next";
import { SignaturePage, signatureMetadata } from "@/components/pages/signature-page";

export const metadata: Metadata = signatureMetadata("id");

export default function Page() {
  return <SignaturePage locale="id" />;
}
