import { SnapIndexPage, snapIndexMetadata } from "@/components/pages/snap-index-page";

export const metadata = snapIndexMetadata("en");

export default function Page() {
  return <SnapIndexPage locale="en" />;
}
