import { SnapServicesPage, snapServicesMetadata } from "@/components/pages/snap-services-page";
import { getNote } from "@/lib/content/load";

export const metadata = snapServicesMetadata("en");

export default function Page() {
  return <SnapServicesPage locale="en" letterCodes={getNote("letter-service-codes")} />;
}
