// The paste-box on the built site: explain as you type, examples, share links without secrets, triage notes,
// hostile and huge input, and not one network request while decoding, sharing or restoring.
import type { Page } from "@playwright/test";
import { expect, test } from "./guards";

const box = (page: Page) => page.getByRole("textbox", { name: "API response" });
const explanation = (page: Page) => page.getByRole("region", { name: "Explanation" });

/**
 * Puts a large paste into the box at once, as the browser does for a paste. (Playwright's fill types it through the
 * editing pipeline, which takes minutes for tens of thousands of lines: a cost of the test tool, not of the page.)
 */
async function pasteLarge(page: Page, text: string) {
  await box(page).evaluate((area, value) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
    setValue?.call(area, value);
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

/** Counts every request the page makes from now on. */
function countRequests(page: Page): () => string[] {
  const seen: string[] = [];
  page.on("request", (request) => seen.push(request.url()));
  return () => seen;
}

test("a pasted SNAP body is explained as you type: parts, words, cause, action, who acts, retry, permalink", async ({ page }) => {
  await page.goto("/decode/");
  await box(page).fill('{"responseCode":"4002702","responseMessage":"Invalid Mandatory Field {partnerServiceId}","virtualAccountData":{"virtualAccountNo":"8889940000000001"}}');
  const region = explanation(page);
  await expect(region).toContainText("4002702");
  await expect(region).toContainText("Composed from the SNAP standard");
  await expect(region.getByLabel("Parts of the code")).toContainText("API Virtual Account - Create VA");
  await expect(region).toContainText("The field partnerServiceId is missing or empty.");
  for (const heading of ["What it means", "Likely cause", "What to do", "Who must act", "Safe to retry?"]) await expect(region).toContainText(heading);
  await expect(region).toContainText("8889940000000001");
  await region.getByRole("link", { name: /Read the page for case 400XX02/ }).click();
  await expect(page).toHaveURL(/\/snap\/400xx02\/$/);
});

test("examples load with one click, including curl -v output with its identifiers and environment", async ({ page }) => {
  await page.goto("/decode/");
  await page.getByRole("button", { name: "curl -v, non-SNAP" }).click();
  const region = explanation(page);
  await expect(region).toContainText("invalid_signature");
  await expect(region).toContainText("HTTP 401");
  await expect(region).toContainText("Sandbox");
  await expect(region).toContainText("fdb69f47-96da-499d-acec-7cdc318ab2fe");
});

test("no request leaves the page while decoding, sharing and restoring; secrets never reach the link", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/decode/");
  // The decoder's code is fetched once, on first use: use it once, clear it, then count.
  await box(page).fill("4012400");
  await expect(explanation(page)).toContainText("Unauthorized");
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(explanation(page)).toContainText("Paste a DOKU response");
  const requests = countRequests(page);
  const secretToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtZXJjaGFudCJ9.c2VjcmV0LXNpZ25hdHVyZQ";
  const paste = [
    "HTTP/1.1 401 Unauthorized",
    `Authorization: Bearer ${secretToken}`,
    "X-SIGNATURE: 85be817c55b2c135157c7e89f52499bf0c25ad6eeebe04a986e8c862561b19a5",
    "",
    '{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]","email":"budi@example.co.id"}',
  ].join("\n");
  await box(page).fill(paste);
  await expect(explanation(page)).toContainText("4012400");
  await page.getByRole("button", { name: "Copy share link" }).click();
  const shared = page.getByRole("status").filter({ hasText: "Removed before sharing" });
  await expect(shared).toContainText(/Authorization/i);
  await expect(shared).toContainText(/e-?mail/i);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/decode\/#v1\./);
  expect(new URL(link).search).toBe("");
  expect(requests(), "requests while decoding and sharing").toEqual([]);

  // Open the link as a colleague would: the response is restored and explained, without the secrets.
  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(explanation(colleague)).toContainText("4012400");
  const restored = await box(colleague).inputValue();
  expect(restored).toContain("4012400");
  for (const secret of [secretToken, "85be817c55b2c135157c7e89f52499bf0c25ad6eeebe04a986e8c862561b19a5", "budi@example.co.id"]) expect(restored).not.toContain(secret);
});

test("the triage note has the code, meaning, who acts, next step, retry, identifiers and permalink, never secrets", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/decode/");
  await box(page).fill('HTTP/1.1 404 Not Found\nAuthorization: Bearer abc.def.ghi\n\n{"responseCode":"4042412","responseMessage":"Invalid Virtual Account Number","virtualAccountData":{"virtualAccountNo":"8889940000000001","partnerReferenceNo":"REF-7781"}}');
  await expect(explanation(page)).toContainText("4042412");
  await page.getByRole("button", { name: "Copy triage note" }).click();
  await expect(page.getByText("Triage note copied")).toBeVisible();
  const note = await page.evaluate(() => navigator.clipboard.readText());
  for (const part of ["4042412", "Who must act", "Next step", "Safe to retry", "REF-7781", "8889940000000001", "/snap/4042412/"]) expect(note).toContain(part);
  expect(note).not.toContain("abc.def.ghi");
});

test("hostile input is shown as text and never runs", async ({ page }) => {
  await page.goto("/decode/");
  await box(page).fill('{"responseCode":"4012400","responseMessage":"<img src=x onerror=\\"window.__pwned=1\\"> <script>window.__pwned=2</script> javascript:alert(1)"}');
  await expect(explanation(page)).toContainText("<img src=x");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(explanation(page).locator("img, script")).toHaveCount(0);
});

test("broken, empty and unknown input get a clear message", async ({ page }) => {
  await page.goto("/decode/");
  await box(page).fill('{"responseCode":"2002400","responseMessage":"Succ');
  await expect(explanation(page)).toContainText("read after repair");
  await expect(explanation(page)).toContainText("2002400");
  await box(page).fill("SOMETHING_ODD");
  await expect(explanation(page)).toContainText("Not in this reference");
  // Without REPORT_URL there is no report link: never a mail draft with no recipient.
  await expect(explanation(page).locator('a[href^="mailto:"]')).toHaveCount(0);
  await box(page).fill("");
  await expect(explanation(page)).toContainText("Paste a DOKU response");
});

test("a paste over 10 MB is read up to 10 MB, says what it did not read, and the page stays usable", async ({ page }) => {
  await page.goto("/decode/");
  const huge = '{"responseCode":"4042412","responseMessage":"Invalid Virtual Account Number"}\n' + "x".repeat(10 * 1024 * 1024);
  await pasteLarge(page, huge);
  await expect(explanation(page)).toContainText(/The first 10\.0 MB \(2 lines\) were read; the last 0\.5 MB \(1 line\) were not/, { timeout: 15_000 });
  await expect(explanation(page)).toContainText("4042412");
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(box(page)).toHaveValue("");
});

test("input that arrives in a query string is explained with a warning", async ({ page }) => {
  await page.goto("/decode/?input=4012400");
  await expect(page.getByRole("alert").filter({ hasText: "query string" })).toBeVisible();
  await expect(explanation(page)).toContainText("4012400");
});

test("a paste too long for a link gets a clear message and a code-only link", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/decode/");
  const longLog = '{"responseCode":"4042412","responseMessage":"Invalid Virtual Account Number"}\n' + "2025-03-01 INFO noise line\n".repeat(20_000);
  await pasteLarge(page, longLog);
  await expect(explanation(page)).toContainText("4042412");
  await page.getByRole("button", { name: "Copy share link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "carries only the codes" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toBe("#code=4042412");
  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(explanation(colleague)).toContainText("4042412");
});
