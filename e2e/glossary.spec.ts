import { expect, test } from "./guards";
import { seedBusinessCodes, seedCodes, seedHttpStatuses } from "./seed";

test("the home page lists every seed code in tables grouped by family", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const httpTable = page.getByRole("region", { name: /HTTP status codes/ });
  const businessTable = page.getByRole("region", { name: /Business error codes/ });
  for (const { code } of seedHttpStatuses) await expect(httpTable.getByRole("link", { name: code, exact: true })).toBeVisible();
  for (const { code } of seedBusinessCodes) await expect(businessTable.getByRole("link", { name: code, exact: true })).toBeVisible();
});

for (const { code, url, words } of seedCodes) {
  test(`${code} opens from the home page and by deep link, with DOKU's words`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: code, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(code);

    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
    const official = page.getByRole("region", { name: "In DOKU’s words" });
    for (const word of words) await expect(official).toContainText(word);
    for (const heading of ["Who acts", "Safe to retry?", "Sources"]) {
      await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    }
  });
}

test("a business code page links to its HTTP status and back, and its example can be copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/errors/invalid-parameter/");
  await page.getByRole("button", { name: /Copy example/ }).click();
  await expect(page.getByRole("button", { name: /Copy example/ })).toContainText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(copied)).toEqual({ status: "FAILED", response_code: "INVALID_PARAMETER", response_message: "amount is required" });

  await page.getByRole("region", { name: "Related codes" }).getByRole("link", { name: "400", exact: true }).click();
  await expect(page).toHaveURL(/\/http\/400\/$/);
  await page.getByRole("region", { name: "Related codes" }).getByRole("link", { name: "INVALID_PARAMETER" }).click();
  await expect(page).toHaveURL(/\/errors\/invalid-parameter\/$/);
});

test("the copy-link button copies the code's permalink", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/http/429/");
  await page.getByRole("button", { name: /Copy link/ }).click();
  await expect(page.getByRole("button", { name: /Copy link/ })).toContainText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/http\/429\/$/);
});

test("code pages carry canonical, Open Graph, Twitter and JSON-LD metadata", async ({ page }) => {
  await page.goto("/errors/merchant-not-active/");
  await expect(page).toHaveTitle(/MERCHANT_NOT_ACTIVE/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/errors\/merchant-not-active\/$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /MERCHANT_NOT_ACTIVE/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "DefinedTerm", termCode: "MERCHANT_NOT_ACTIVE" });
});

test("the error envelope has its own page with the seed's example", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Error envelope" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The DOKU error envelope");
  for (const field of ["status", "response_code", "response_message", "responseCode"]) {
    await expect(page.getByRole("main")).toContainText(field);
  }
  await expect(page.getByRole("main")).toContainText('"response_message": "amount is required"');
});

test("the error envelope guide shows an RFC 9457 problem whose type is a code's page, on the page and in its Markdown twin", async ({ page, request }) => {
  await page.goto("/guides/error-envelope/");
  await expect(page.getByRole("heading", { name: /Link your own errors to these pages \(RFC 9457\)/ })).toBeVisible();
  const example = page.locator("pre").filter({ hasText: "dokuResponseCode" });
  const problem = JSON.parse((await example.textContent()) ?? "{}") as Record<string, unknown>;
  expect(problem).toMatchObject({ title: "Merchant not active", status: 502, dokuResponseCode: "MERCHANT_NOT_ACTIVE" });
  // The type is the code's page at the site's address (SITE_URL, set at build time), which a person can read.
  const type = String(problem.type);
  expect(new URL(type).pathname).toBe("/errors/merchant-not-active/");
  await page.goto(new URL(type).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("MERCHANT_NOT_ACTIVE");
  const markdown = await (await request.get("/guides/error-envelope.md")).text();
  expect(markdown).toContain(`"type": "${type}"`);
  expect(markdown).not.toContain("<ProblemDetailsExample");
});

test("errors.json, the sitemap and robots.txt describe every page", async ({ request }) => {
  const catalogue = await (await request.get("/errors.json")).json();
  expect(catalogue.schemaVersion).toBe(3);
  expect(catalogue.entries).toHaveLength(catalogue.count);
  for (const { code } of seedCodes) expect(catalogue.entries.map((e: { code: string }) => e.code)).toContain(code);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const { url } of seedCodes) expect(sitemap).toContain(`${url}</loc>`);
  expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("every code page has a Markdown and a JSON twin, linked from the page, and llms.txt lists every page", async ({ page, request }) => {
  await page.goto("/http/429/");
  const markdownHref = await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute("href");
  expect(markdownHref).toMatch(/\/http\/429\.md$/);
  await page.getByRole("link", { name: "Markdown" }).click();
  await expect(page.locator("body")).toContainText("# 429 Too Many Requests");
  const markdown = await request.get("/http/429.md");
  expect(markdown.headers()["content-type"]).toContain("text/markdown");
  expect(await markdown.text()).toContain("## In DOKU’s words");
  const json = await (await request.get("/http/429.json")).json();
  expect(json).toMatchObject({ code: "429", httpStatus: 429, retry: { safe: "after-status-check" } });
  expect(Object.keys(json.sections)).toContain("How to fix it");
  const llms = await (await request.get("/llms.txt")).text();
  expect(llms).toMatch(/^# DOKU Error Reference/);
  expect(llms).toContain("/snap/401xx00.md)");
  expect(await (await request.get("/llms-full.txt")).text()).toContain("# 504XX00");
});
