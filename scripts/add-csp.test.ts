import { describe, expect, it } from "vitest";
import { policyFor, verifyPolicy, withPolicy } from "./add-csp.mjs";

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script id="theme-script">document.documentElement.dataset.theme="dark"</script><script type="module" src="/_islands/site-A.js"></script><script type="application/ld+json">{"@type":"DefinedTerm"}</script></head><body><script>console.log(1)</script></body></html>`;

describe("add-csp", () => {
  it("hashes the inline scripts that run, not module files or JSON-LD data", () => {
    const policy = /content="([^"]*)"/.exec(withPolicy(page))?.[1] ?? "";
    expect(policy.match(/'sha256-/g)).toHaveLength(2);
  });

  it("puts the policy first in <head>, and running twice changes nothing", () => {
    const once = withPolicy(page);
    expect(once).toMatch(/^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/);
    expect(withPolicy(once)).toBe(once);
  });

  it("allows no eval and no inline script except by hash", () => {
    const policy = policyFor(["sha256-abc"]);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy).toContain("object-src 'none'");
  });

  it("fails a page whose inline script is not in its policy, naming the page", () => {
    const tampered = withPolicy(page).replace("console.log(1)", "console.log(2)");
    expect(() => verifyPolicy(tampered, "/http/429/index.html")).toThrow(/\/http\/429\/index\.html: an inline script without its hash/);
  });
});
