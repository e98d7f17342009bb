import { describe, expect, it } from "vitest";
import { hashesOf, policyFor, withPolicy } from "./add-csp.mjs";

const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script>document.documentElement.dataset.theme="dark"</script><script src="/_next/a.js" async=""></script><script type="application/ld+json">{"@type":"DefinedTerm"}</script></head><body><script id="_R_">self.__next_f.push([1,"x"])</script></body></html>`;

describe("add-csp", () => {
  it("hashes the inline scripts that run, not external scripts or JSON-LD data", () => {
    expect(hashesOf(page)).toHaveLength(2);
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
});
