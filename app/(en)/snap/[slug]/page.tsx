import type { Metadata } from "next";
import { EntryPage, entryMetadata, snapEntryParams } from "@/components/entry-page";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export const generateStaticParams = snapEntryParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryMetadata(`snap/${(await params).slug}`, "en");
}

export default async function Page({ params }: Props) {
  return <EntryPage id={`snap/${(await params).slug}`} locale="en" />;
}
