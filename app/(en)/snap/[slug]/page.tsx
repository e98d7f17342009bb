import type { Metadata } from "next";
import { EntryPage, entryMetadata } from "@/components/entry-page";
import { listEntries } from "@/lib/content/load";
import { FAMILIES } from "@/lib/content/schema";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return listEntries()
    .filter((entry) => FAMILIES[entry.family].folder === "snap")
    .map((entry) => ({ slug: entry.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryMetadata(`snap/${(await params).slug}`, "en");
}

export default async function Page({ params }: Props) {
  return <EntryPage id={`snap/${(await params).slug}`} locale="en" />;
}
