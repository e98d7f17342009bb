import { expect, test } from "./guards";

test.describe("the 404 page", () => {
  test.use({ servesNotFound: true });

  test("an unknown address shows a useful 404 with what was asked for and the likely code", async ({ page }) => {
    const response = await page.goto("/errors/INVALID_PARAMETER");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("main")).toContainText("/errors/INVALID_PARAMETER");
    await page.getByRole("link", { name: "INVALID_PARAMETER" }).click();
    await expect(page).toHaveURL(/\/errors\/invalid-parameter\/$/);
  });

  test("links home", async ({ page }) => {
    await page.goto("/no/such/page/");
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});

test("the theme follows the system first, then the toggle, whose name says what it will do, and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/http/401/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "dark");
  const toggle = page.getByRole("button", { name: /^Switch to (light|dark) theme$/ });
  await expect(toggle).toHaveAccessibleName("Switch to light theme");
  await toggle.click();
  await expect(html).toHaveAttribute("data-theme", "light");
  await expect(toggle).toHaveAccessibleName("Switch to dark theme");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.goto("/");
  await expect(html).toHaveAttribute("data-theme", "light");
});

test("the stored theme is applied before first paint, so there is no flash", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  const themes: (string | null)[] = [];
  await page.exposeFunction("recordTheme", (theme: string | null) => themes.push(theme));
  // Read the attribute as soon as <body> starts, before any stylesheet or script of the app has run.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { recordTheme: (t: string | null) => void }).recordTheme(document.documentElement.getAttribute("data-theme"));
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/errors/server-error/");
  await expect.poll(() => themes).toEqual(["dark"]);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/http/500/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("pages fit a 320 px wide screen without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ["/", "/errors/transaction-not-found/", "/guides/error-envelope/"]) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

test("nothing scrolls sideways at 320 px, and the search placeholder fits", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/", "/snap/4012400/", "/decode/", "/signature/", "/snap/services/", "/guides/doku-notes/"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  const box = page.getByRole("combobox", { name: "Search" });
  expect(await box.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
  await expect(page.locator("form[data-search] kbd")).toBeHidden();
});

test("the header fits on one row at 1280 px on every kind of page", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of ["/", "/errors/invalid-parameter/", "/decode/"]) {
    await page.goto(path);
    const tops = await page.getByRole("banner").evaluate((header) => [...header.querySelectorAll("a, input, button")].filter((element) => element.getBoundingClientRect().width > 0).map((element) => Math.round(element.getBoundingClientRect().top)));
    expect(Math.max(...tops) - Math.min(...tops), path).toBeLessThan(20);
  }
});

test("a decode is announced in one line, and the example pastes are one tab stop", async ({ page }) => {
  await page.goto("/decode/");
  const examples = page.getByRole("toolbar", { name: "Example pastes" });
  await expect(examples.getByRole("button").first()).toBeEnabled();
  await expect(examples.locator('button[tabindex="0"]')).toHaveCount(1);
  // Focus in the static page is the reader's first use: once the paste-box is live, focus is where it was.
  await examples.getByRole("button").first().focus();
  await expect(page.locator("[data-island-live]")).toBeAttached();
  await expect(examples.getByRole("button").first()).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(examples.getByRole("button").nth(1)).toBeFocused();
  await expect(examples.locator('button[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press("Enter");
  const summary = page.getByRole("status").filter({ hasText: /code(s)? explained/ });
  await expect(summary).toHaveText(/^\d+ codes? explained: [^\n]+\.$/);
  expect((await summary.textContent())?.length ?? 0).toBeLessThan(200);
  await expect(page.getByRole("region", { name: "Explanation" })).not.toHaveAttribute("aria-live", /.*/);
});
