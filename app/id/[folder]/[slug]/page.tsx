import type { Metadata } from "next";
import { EntryPage, entryMetadata } from "@/components/entry-page";
import { listEntries } from "@/lib/content/load";
import { FAMILIES } from "@/lib/content/schema";

interface Props {
  params: Promise<{ folder: string; slug: string }>;
}

export const dynamicParams = false;

// SNAP entries have their own route under app/id/snap/, next to the /snap/ index.
export function generateStaticParams() {
  return listEntries()
    .filter((entry) => FAMILIES[entry.family].folder !== "snap")
    .map((entry) => ({ folder: entry.id.split("/")[0], slug: entry.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { folder, slug } = await params;
  return entryMetadata(`${folder}/${slug}`, "id");
}

export default async function Page({ params }: Props) {
  const { folder, slug } = await params;
  return <EntryPage id={`${folder}/${slug}`} locale="id" />;
}
