import type { Metadata } from "next";
import { GuidePage, guideMetadata, guideParams } from "@/components/pages/guide-page";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;
export const generateStaticParams = guideParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return guideMetadata((await params).slug, "id");
}

export default async function Page({ params }: Props) {
  return <GuidePage slug={(await params).slug} locale="id" />;
}
