// axe on the pages the budgets name, in light and dark theme, with search results open and an explanation shown.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { AXE_TAGS, BUDGET_PAGES } from "../scripts/budget-pages.mjs";
import { expect, test } from "./guards";

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")})`);
}

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((value) => localStorage.setItem("theme", value), theme);
    });

    for (const { name, path } of BUDGET_PAGES) {
      test(`the ${name} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        expect(await violations(page)).toEqual([]);
      });
    }

    test("with search results open, no axe violations", async ({ page }) => {
      await page.goto("/?q=invalid");
      await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option").first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test("with an explanation shown, no axe violations", async ({ page }) => {
      await page.goto("/decode/");
      await page.getByRole("button", { name: "Raw HTTP response" }).click();
      await expect(page.getByRole("region", { name: "Explanation" })).toContainText("4002702");
      expect(await violations(page)).toEqual([]);
    });

    test("with the paste's preview and a copied link shown, no axe violations", async ({ page, context }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.goto("/decode/");
      await page.getByRole("button", { name: "curl -v, non-SNAP" }).click();
      // Read first: the explanation arriving moves what is below it.
      await expect(page.getByRole("region", { name: "Explanation" })).toContainText("invalid_signature");
      await page.getByRole("checkbox", { name: "Include the paste" }).check();
      await expect(page.getByRole("textbox", { name: "The paste as it will go into the link" })).toHaveValue(/\[redacted: signature\]/);
      await page.getByRole("button", { name: "Copy share link" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Share link copied" })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
