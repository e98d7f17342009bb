// The Indonesian site: every code page and guide has a twin under /id/ that shows the same facts, <html lang="id">,
// hreflang and canonical both ways, a language switch that keeps the reader on the same page, the same section
// anchors, an Indonesian 404 page, and nothing to read in English but the publishers' own words.
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { LABELS } from "../lib/i18n/labels";
import { attribute, findAll } from "../scripts/postbuild/html.mjs";
import { expect, test } from "./guards";

type Element = DefaultTreeAdapterMap["element"];

async function page(request: import("@playwright/test").APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return parse(await response.text());
}

const all = (node: DefaultTreeAdapterMap["parentNode"], test: (element: Element) => boolean) => findAll(node, test) as Element[];
/** All the text inside a node, as a reader sees it (parse5's text nodes have a `value`). */
const deepText = (node: DefaultTreeAdapterMap["childNode"]): string =>
  "value" in node && typeof node.value === "string" ? node.value : "childNodes" in node ? node.childNodes.map(deepText).join("") : "";
const text = (node: Element) => deepText(node).replace(/\s+/g, " ").trim();
const within = (node: DefaultTreeAdapterMap["parentNode"], id: string) => all(node, (element) => element.tagName === "section" && attribute(element, "aria-labelledby") === id)[0];
const factValue = (document: DefaultTreeAdapterMap["document"], name: string) => {
  const fact = all(document, (element) => attribute(element, "data-fact") === name)[0];
  return fact ? text(all(fact, (element) => element.tagName === "dd")[0] ?? fact) : undefined;
};
/** Labels back to the fact they name: "Pelanggan, Developer merchant" ⇒ ["customer", "merchant-developer"]. */
const keysOf = (labels: Record<string, string>, shown: string | undefined) => (shown ?? "").split(", ").map((label) => Object.entries(labels).find(([, value]) => value === label)?.[0] ?? `?${label}`);

test("every code page's Indonesian twin shows the same facts: code, HTTP status, who acts, retry, the publisher's words, example, customer sentence, related codes and sources", async ({ request }) => {
  test.setTimeout(120_000);
  const catalogue = (await (await request.get("/errors.json")).json()) as { entries: { url: string; code: string }[] };
  expect(catalogue.entries.length).toBeGreaterThan(150);
  for (const entry of catalogue.entries) {
    const path = new URL(entry.url).pathname;
    const [english, indonesian] = await Promise.all([page(request, path), page(request, `/id${path}`)]);
    const label = `${entry.code} (${path})`;
    for (const document of [english, indonesian]) expect(text(all(document, (element) => element.tagName === "h1")[0]!), label).toContain(entry.code);
    expect(factValue(indonesian, "http-status"), label).toBe(factValue(english, "http-status"));
    expect(keysOf(LABELS.id.outcomes, factValue(indonesian, "outcome")), label).toEqual(keysOf(LABELS.en.outcomes, factValue(english, "outcome")));
    expect(keysOf(LABELS.id.actors, factValue(indonesian, "who-acts")), label).toEqual(keysOf(LABELS.en.actors, factValue(english, "who-acts")));
    expect(keysOf(LABELS.id.retry, factValue(indonesian, "retry")), label).toEqual(keysOf(LABELS.en.retry, factValue(english, "retry")));
    // The publisher's words are the same words, as published, on both pages.
    const quoted = (document: typeof english) => all(within(document, "official-words")!, (element) => attribute(element, "lang") === "en").map(text);
    expect(quoted(indonesian), label).toEqual(quoted(english));
    const example = (document: typeof english) => all(document, (element) => element.tagName === "pre").map(text);
    expect(example(indonesian), label).toEqual(example(english));
    const customer = (document: typeof english) => all(document, (element) => element.tagName === "blockquote").map((element) => `${attribute(element, "lang")}: ${text(element)}`).sort();
    expect(customer(indonesian), label).toEqual(customer(english));
    const links = (document: typeof english, section: string) => {
      const found = within(document, section);
      return found ? all(found, (element) => element.tagName === "a").map((element) => attribute(element, "href")) : [];
    };
    expect(links(indonesian, "related-codes"), label).toEqual(links(english, "related-codes").map((href) => `/id${href}`));
    expect(links(indonesian, "sources"), label).toEqual(links(english, "sources"));
  }
});

test("an Indonesian page says so, names its twins, and the switch keeps the reader on the same page", async ({ page }) => {
  await page.goto("/id/errors/invalid-token/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("INVALID_TOKEN");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/id\/errors\/invalid-token\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /[^d]\/errors\/invalid-token\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute("href", /\/id\/errors\/invalid-token\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /[^d]\/errors\/invalid-token\/$/);
  await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute("href", /\/id\/errors\/invalid-token\.md$/);
  await page.getByRole("link", { name: /^EN English$/ }).click();
  await expect(page).toHaveURL(/[^d]\/errors\/invalid-token\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("link", { name: /^ID Bahasa Indonesia$/ }).click();
  await expect(page).toHaveURL(/\/id\/errors\/invalid-token\/$/);
});

test("the Indonesian home lists every code in Indonesian tables whose links stay in Indonesian", async ({ page }) => {
  await page.goto("/id/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pahami setiap error dari API pembayaran DOKU");
  const link = page.getByRole("link", { name: "INVALID_TOKEN", exact: true });
  await expect(link).toHaveAttribute("href", "/id/errors/invalid-token/");
  await expect(page.getByRole("navigation", { name: "Utama" }).getByRole("link", { name: "Kode SNAP" })).toHaveAttribute("href", "/id/snap/");
  await expect(page.getByRole("link", { name: "Langsung ke konten" })).toBeAttached();
});

test("a section anchor is the same in both languages", async ({ page }) => {
  for (const path of ["/guides/signatures/#body-not-minified", "/id/guides/signatures/#body-not-minified", "/id/guides/non-snap-responses/#request-headers-and-the-signature", "/id/snap/4042412/#how-to-fix-it"]) {
    await page.goto(path);
    const heading = page.locator(`h2#${path.split("#")[1]}`);
    await expect(heading, path).toHaveCount(1);
    await expect(heading, path).toBeInViewport();
  }
});

test("a customer sentence is on the code page in both languages, each with its copy button", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/id/snap/4042412/");
  const section = page.getByRole("region", { name: "Untuk pelanggan" });
  await expect(section.locator('blockquote[lang="id"]')).toContainText("Mohon maaf");
  await section.getByRole("button", { name: /Salin kalimat bahasa Indonesia/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Mohon maaf, kami tidak menemukan tagihan/);
  await section.getByRole("button", { name: /Salin kalimat bahasa Inggris/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^We're sorry, we could not find a bill/);
});

test.describe("an address the Indonesian site does not have", () => {
  test.use({ servesNotFound: true });
  test("gets the Indonesian 404 page, which suggests the code in Indonesian", async ({ page }) => {
    const response = await page.goto("/id/snap/4012400x/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  test("an Indonesian code page is complete", async ({ page }) => {
    await page.goto("/id/http/429/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("429");
    for (const heading of ["Apa artinya", "Penyebab umum", "Cara memperbaikinya", "Siapa yang bertindak", "Aman dicoba lagi?", "Sumber"]) {
      await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    }
  });
});

test("the sitemap lists both languages with their alternates, and each language has its llms.txt and twins", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/id\/http\/429\/<\/loc>/);
  expect(sitemap).toMatch(/<loc>[^<]*[^d]\/http\/429\/<\/loc>/);
  expect(sitemap).toMatch(/hreflang="id"/);
  const llms = await (await request.get("/id/llms.txt")).text();
  expect(llms).toContain("/id/http/429.md");
  const twin = await (await request.get("/id/http/429.md")).text();
  expect(twin).toMatch(/^# 429 /);
  expect(twin).toContain("## Penjelasan kami");
  const json = (await (await request.get("/id/http/429.json")).json()) as { language: string; httpStatus: number };
  expect(json).toMatchObject({ language: "id", httpStatus: 429 });
});
