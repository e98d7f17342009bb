// The framework's scripts start on the reader's first intent (lib/runtime-loader.mjs): pages must read and work
// before that, and nothing the reader does in the meantime may be lost.
import type { Page } from "@playwright/test";
import { expect, test } from "./guards";

const hydrated = (page: Page) => page.locator("html[data-hydrated]");
const frameworkScripts = (page: Page) =>
  // noModule scripts (legacy polyfills) never run in a browser that runs modules.
  page.evaluate(() => [...document.scripts].filter((script) => !script.noModule && script.src.includes("/_next/")).map((script) => script.src));

test("a code page runs no framework script until the reader acts, then hydrates on the first focus", async ({ page }) => {
  await page.goto("/errors/invalid-parameter/");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("INVALID_PARAMETER");
  expect(await frameworkScripts(page)).toEqual([]);
  await expect(hydrated(page)).toHaveCount(0);
  // The scripts are fetched at idle, so the first interaction finds them in the cache.
  const prefetched = await page.evaluate(() => [...document.querySelectorAll('link[rel="prefetch"][as="script"]')].length);
  expect(prefetched).toBeGreaterThan(0);

  await page.getByRole("searchbox", { name: "Search" }).focus();
  await expect(hydrated(page)).toHaveCount(1);
  expect((await frameworkScripts(page)).length).toBeGreaterThan(0);
});

test("a click that arrives before hydration is replayed once", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/http/429/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  // Once: a second replay would have switched it back.
  await page.waitForTimeout(300);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  await page.goto("/http/401/");
  const copy = page.getByRole("button", { name: /Copy link/ });
  await copy.click();
  await expect(copy).toContainText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/http\/401\/$/);
});

test("a copy button clicked before hydration copies inside the click, as Safari requires, and reports it once hydrated", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // Hold the framework back, as a slow phone would, so the click surely lands before hydration.
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/errors/invalid-parameter/");
  const copy = page.getByRole("button", { name: /Copy example/ });
  await copy.click();
  expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toMatchObject({ response_code: "INVALID_PARAMETER" });
  await expect(hydrated(page)).toHaveCount(0);
  release();
  await expect(copy).toContainText("Copied");
});

test("text typed before hydration is kept: the search shows its results and the address keeps the query", async ({ page }) => {
  await page.goto("/guides/error-envelope/");
  const box = page.getByRole("searchbox", { name: "Search" });
  await box.pressSequentially("duplicat");
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("link").first()).toContainText("DUPLICATE");
  await expect(page).toHaveURL(/\?q=duplicat$/);
  await expect(box).toHaveValue("duplicat");
});

test("a paste that lands before hydration is decoded", async ({ page }) => {
  await page.goto("/decode/");
  // As a drop or a paste does: the text arrives in one input event, with no key pressed.
  await page.getByRole("textbox", { name: "API response" }).evaluate((area: HTMLTextAreaElement) => {
    area.value = '{"responseCode":"4042412","responseMessage":"Invalid Virtual Account Number"}';
    area.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await expect(page.getByRole("region", { name: "Explanation" })).toContainText("4042412");
});

test("a link that carries state starts the runtime at once", async ({ page }) => {
  await page.goto("/snap/?code=4012400");
  await expect(hydrated(page)).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Code explanation" })).toContainText("4012400");
});

test("without any interaction the search form still works: Enter submits it and the results page searches", async ({ page }) => {
  await page.goto("/http/429/");
  await page.evaluate(() => {
    // Keep React out: this is the path of a reader whose scripts have not arrived.
    const box = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (box) box.value = "INVALID_TOKEN";
    box?.form?.submit();
  });
  await expect(page).toHaveURL(/\/\?q=INVALID_TOKEN$/);
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("link").first()).toContainText("INVALID_TOKEN");
});
