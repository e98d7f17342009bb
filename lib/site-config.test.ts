import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The site URL a fresh process computes from its environment, as `npm start` and the build see it. */
function siteUrlWith(env: Record<string, string>): string {
  const { PORT: _port, SITE_URL: _siteUrl, ...rest } = process.env;
  const configModule = path.join(import.meta.dirname, "site-config.mjs");
  return execFileSync(process.execPath, ["--input-type=module", "-e", `import { siteUrl } from ${JSON.stringify(configModule)}; process.stdout.write(siteUrl);`], {
    env: { ...rest, ...env },
    encoding: "utf8",
  });
}

describe("siteUrl", () => {
  it("follows the PORT npm start serves on, so OpenSearch, canonical links and the sitemap name the right origin", () => {
    expect(siteUrlWith({})).toBe("http://localhost:3000");
    expect(siteUrlWith({ PORT: "4321" })).toBe("http://localhost:4321");
  });

  it("is SITE_URL when set, without a trailing slash", () => {
    expect(siteUrlWith({ PORT: "4321", SITE_URL: "https://errors.example.com/" })).toBe("https://errors.example.com");
  });
});
