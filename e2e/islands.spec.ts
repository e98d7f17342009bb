// Pages are static HTML with islands (scripts/postbuild/islands.mjs): no framework script on a code page, the site
// island's search, theme and copy work from the first interaction, a React island takes over what was typed before
// it mounted, and everything reads with JavaScript off.
import { expect, test } from "./guards";

const pageScripts = (page: import("@playwright/test").Page) => page.evaluate(() => [...document.scripts].map((script) => script.src).filter(Boolean));

test("a code page loads no framework: only the site island, and its search code waits for idle", async ({ page }) => {
  await page.goto("/errors/invalid-parameter/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("INVALID_PARAMETER");
  const scripts = await pageScripts(page);
  expect(scripts.some((src) => src.includes("/_next/"))).toBe(false);
  expect(scripts.filter((src) => src.includes("/_islands/"))).toEqual([expect.stringMatching(/\/_islands\/site-[A-Z0-9]+\.js$/)]);
  expect(await page.evaluate(() => document.documentElement.hasAttribute("data-islands"))).toBe(true);
});

test("the first keystroke finds the search ready: its code and index were fetched at idle", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(request.url()));
  await page.goto("/http/429/");
  await expect.poll(() => fetched.some((url) => url.endsWith("/search-index.json"))).toBe(true);
  await page.getByRole("combobox", { name: "Search" }).pressSequentially("4012400");
  await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option").first()).toContainText("4012400");
});

test("a copy button copies inside the click, and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/http/429/");
  await page.getByRole("button", { name: /^Copy link/ }).click();
  await expect(page.getByRole("button", { name: /^Copy link/ })).toContainText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/http\/429\/$/);
});

test("text typed into the paste-box before its island mounted is kept and decoded", async ({ page }) => {
  // Hold the decoder island back until the text is in the static field, as on a slow phone.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_islands\/decoder-[A-Z0-9]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Module scripts run before DOMContentLoaded, so the page is used as soon as its HTML is there.
  await page.goto("/decode/", { waitUntil: "commit" });
  const box = page.getByRole("textbox", { name: "API response" });
  await expect(box).toBeVisible();
  await box.fill('{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}');
  release();
  await expect(page.getByRole("region", { name: "Explanation" })).toContainText("4012400", { timeout: 15_000 });
  await expect(box).toHaveValue(/4012400/);
});

test("a shared ?q= link opens with its results", async ({ page }) => {
  await page.goto("/?q=duplicate");
  await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option").first()).toContainText("DUPLICATE");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a code page is complete: the code, DOKU's words, our explanation, who acts, retry, sources and related codes", async ({ page }) => {
    await page.goto("/snap/4012400/");
    const main = page.getByRole("main");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("4012400");
    for (const part of ["Parts of the code", "Who acts", "Safe to retry?", "Sources", "Related codes"]) await expect(main.getByRole("heading", { name: part, exact: true })).toBeVisible();
    await expect(main.getByRole("heading", { name: "What it means" })).toBeVisible();
    await expect(main.getByRole("heading", { name: "How to fix it" })).toBeVisible();
    // Controls that need JavaScript are not offered.
    await expect(page.getByRole("button", { name: /^Copy link/ })).toBeHidden();
    await expect(page.getByRole("button", { name: /theme/ })).toBeHidden();
  });

  test("the search form still works: it submits ?q= to the home page, whose glossary lists every code", async ({ page }) => {
    await page.goto("/http/400/");
    await page.getByRole("combobox", { name: "Search" }).fill("duplicate");
    await page.getByRole("combobox", { name: "Search" }).press("Enter");
    await expect(page).toHaveURL(/\/\?q=duplicate$/);
    await page.getByRole("link", { name: "DUPLICATE_TRANSACTION", exact: true }).click();
    await expect(page).toHaveURL(/\/errors\/duplicate-transaction\/$/);
  });
});
