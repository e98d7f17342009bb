import { describe, expect, it } from "vitest";
import { deferRuntime } from "./defer-runtime.mjs";

const page = [
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="preload" as="font" href="/font.woff2"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  "<script>document.documentElement.dataset.theme=\"dark\"</script></head>",
  '<body><p>Text</p><script src="/_next/static/chunks/b.js" async=""></script><script>self.__next_f.push([1,"x"])</script></body></html>',
].join("");

/** The sources the inlined loader was given, read back from its call. */
function loaderSources(html: string): string[] {
  const call = /\}\)\((\[[^\]]*\]),/.exec(html);
  return call?.[1] ? JSON.parse(call[1]) : [];
}

describe("defer-runtime", () => {
  const deferred = deferRuntime(page);

  it("takes every external script out of the page and hands it to the loader, in document order", () => {
    expect(deferred).not.toMatch(/<script src="\/_next\/static\/chunks\/(a|b)\.js"/);
    expect(loaderSources(deferred)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  });

  it("keeps legacy noModule polyfills, inline scripts, the content and preloads of other things", () => {
    expect(deferred).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(deferred).toContain('self.__next_f.push([1,"x"])');
    expect(deferred).toContain("<p>Text</p>");
    expect(deferred).toContain('<link rel="preload" as="font" href="/font.woff2"/>');
    expect(deferred).not.toContain('rel="preload" as="script"');
  });

  it("inlines a loader that parses as JavaScript, in <head>", () => {
    const loader = /<script>(\(function loadRuntimeOnIntent[\s\S]*?)<\/script><\/head>/.exec(deferred)?.[1];
    expect(loader).toBeDefined();
    expect(() => new Function(loader ?? "")).not.toThrow();
  });

  it("changes nothing the second time, or on a page without scripts", () => {
    expect(deferRuntime(deferred)).toBe(deferred);
    const plain = "<!DOCTYPE html><html><head></head><body><p>No scripts</p></body></html>";
    expect(deferRuntime(plain)).toBe(plain);
  });

  it("cannot be broken out of by a script address", () => {
    const hostile = page.replace("/_next/static/chunks/a.js", "/a.js?</script><img src=x>");
    const loader = /<script>\(function loadRuntimeOnIntent[\s\S]*?<\/script>/.exec(deferRuntime(hostile))?.[0] ?? "";
    expect(loader).not.toContain("<img");
    expect(loader.match(/<\/script>/g)).toHaveLength(1);
  });
});
