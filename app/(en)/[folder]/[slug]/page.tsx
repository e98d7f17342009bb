import type { Metadata } from "next";
import { EntryPage, entryMetadata, folderEntryParams } from "@/components/entry-page";

interface Props {
  params: Promise<{ folder: string; slug: string }>;
}

export const dynamicParams = false;

// SNAP entries have their own route, next to the /snap/ index.
export const generateStaticParams = folderEntryParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { folder, slug } = await params;
  return entryMetadata(`${folder}/${slug}`, "en");
}

export default async function Page({ params }: Props) {
  const { folder, slug } = await params;
  return <EntryPage id={`${folder}/${slug}`} locale="en" />;
}
