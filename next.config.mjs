// Static export: every page is prerendered into out/, served by any static host.
import { basePath } from "./lib/site-config.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  // /http/429/ becomes out/http/429/index.html, so deep links work on plain hosts.
  trailingSlash: true,
  images: { unoptimized: true },
  basePath: basePath || undefined,
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
