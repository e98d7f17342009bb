import { SnapServicesPage, snapServicesMetadata } from "@/components/pages/snap-services-page";
import { getNote } from "@/lib/content/load";

export const metadata = snapServicesMetadata("id");

export default function Page() {
  return <SnapServicesPage locale="id" letterCodes={getNote("letter-service-codes")} />;
}
