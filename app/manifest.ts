import type { MetadataRoute } from "next";
import { SITE_DESCRIPTION, SITE_NAME, basePath } from "@/lib/site";

export const dynamic = "force-static";

/** The web app manifest: the reference installs as an app, and (with the service worker) opens offline. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: SITE_NAME,
    short_name: "DOKU Errors",
    description: SITE_DESCRIPTION,
    id: `${basePath}/`,
    start_url: `${basePath}/`,
    scope: `${basePath}/`,
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#c8102e",
    lang: "en",
    icons: [
      { src: `${basePath}/icons/icon-192.png`, sizes: "192x192", type: "image/png", purpose: "any" },
      { src: `${basePath}/icons/icon-512.png`, sizes: "512x512", type: "image/png", purpose: "any" },
      { src: `${basePath}/icons/maskable-512.png`, sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: `${basePath}/icon.svg`, sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
    shortcuts: [
      { name: "Decode a response", url: `${basePath}/decode/` },
      { name: "Check a signature", url: `${basePath}/signature/` },
    ],
  };
}
