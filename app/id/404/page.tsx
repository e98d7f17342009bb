import type { Metadata } from "next";
import { NotFoundPage } from "@/components/pages/not-found-page";

export const metadata: Metadata = { title: "Halaman tidak ditemukan", robots: { index: false } };

/** The Indonesian 404 page, copied to out/id/404.html by the build (scripts/postbuild/islands.mjs). */
export default function IndonesianNotFound() {
  return <NotFoundPage locale="id" />;
}
