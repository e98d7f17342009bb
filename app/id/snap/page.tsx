import { SnapIndexPage, snapIndexMetadata } from "@/components/pages/snap-index-page";

export const metadata = snapIndexMetadata("id");

export default function Page() {
  return <SnapIndexPage locale="id" />;
}
