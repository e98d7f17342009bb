// The paste-box on the built site: explain as you type, examples, share links without secrets (the explanation by
// default, the previewed paste on request), triage notes, hostile, huge and bomb input, links opened in the same tab,
// and not one network request while decoding, sharing or restoring.
import zlib from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, test } from "./guards";
import { countRequests } from "./requests";

const box = (page: Page) => page.getByRole("textbox", { name: "API response" });
const explanation = (page: Page) => page.getByRole("region", { name: "Explanation" });

/**
 * Puts a large paste into the box at once, as the browser does for a paste. (Playwright's fill types it through the
 * editing pipeline, which takes minutes for tens of thousands of lines: a cost of the test tool, not of the page.)
 */
async function pasteLarge(page: Page, text: string) {
  // The reader taps into the box first, which starts the paste-box; its component takes the paste event itself.
  await box(page).click();
  await expect(page.locator("[data-island-live]")).toBeAttached();
  await box(page).evaluate((area, value) => {
    // A paste as the browser sends it: a paste event carrying the text, on the focused box, then (unless the page took
    // the paste itself) the browser's own insertion of the text.
    area.focus();
    const data = new DataTransfer();
    data.setData("text/plain", value);
    const paste = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    if (!area.dispatchEvent(paste)) return;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(area, value);
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
}

/** What a share link carries, inflated (v2: the JSON; v1: the paste). */
async function fragmentText(link: string): Promise<string> {
  const body = new URL(link).hash.replace(/^#v\d+\./, "");
  return zlib.inflateRawSync(Buffer.from(body, "base64url")).toString("utf8");
}

/** A v2 fragment, as the page writes it. */
function v2Link(explanation: unknown): string {
  return `v2.${zlib.deflateRawSync(JSON.stringify(explanation)).toString("base64url")}`;
}

/**
 * A hostile link: a deflate block of `megabytes` MB of zeros (sync-flushed, so copies can follow), repeated to about
 * `compressedBytes`, then an empty final block. (64, 1_400_000) is a 1.9 MB link that inflates to 1.4 GB.
 */
function bombFragment(megabytes: number, compressedBytes: number): string {
  const piece = zlib.deflateRawSync(Buffer.alloc(megabytes * 1024 * 1024), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const bomb = Buffer.concat([...Array<Buffer>(Math.ceil(compressedBytes / piece.length)).fill(piece), Buffer.from([0x03, 0x00])]);
  return `v2.${bomb.toString("base64url")}`;
}

test("the paste-box runs no framework until the reader uses it, has it ready by then, and keeps what they did before", async ({ page }) => {
  const reactIn = (selector: string) => page.locator(selector).evaluate((element) => Object.keys(element).some((key) => key.startsWith("__react")));
  await page.goto("/decode/");
  await page.waitForLoadState("networkidle");
  // Loaded and read, not used: the static page, React not started, its code preloaded for the first tap.
  await expect(page.locator('[data-island="decoder"]')).not.toHaveAttribute("data-island-live");
  expect(await reactIn("textarea")).toBe(false);
  await expect(page.locator('head link[rel="modulepreload"][href*="decoder-mount-"]')).toBeAttached();
  // An example clicked in the static page is the first use: it starts the paste-box and is loaded.
  await page.getByRole("button", { name: "Raw HTTP response" }).click();
  await expect(page.locator('[data-island="decoder"]')).toHaveAttribute("data-island-live", "");
  expect(await reactIn("textarea")).toBe(true);
  await expect(box(page)).toHaveValue(/^HTTP\/1\.1 /);
  await expect(explanation(page).locator("section[aria-label^='Code ']").first()).toBeVisible();

  // Text dropped on the box with no tap before: the paste-box starts with it and explains it.
  await page.goto("/decode/");
  await page.waitForLoadState("networkidle");
  await box(page).evaluate((area, text) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(area, text);
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromDrop" }));
  }, '{"responseCode":"4017300","responseMessage":"Unauthorized. [Signature]"}');
  await expect(explanation(page)).toContainText("4017300");
  await expect(box(page)).toHaveValue(/4017300/);
});

test("an example chosen by keyboard the moment the page opens is loaded", async ({ page }) => {
  await page.goto("/decode/");
  // Tab from the box reaches the examples; Space presses the first, while the paste-box may still be starting.
  await box(page).focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(box(page)).toHaveValue(/"responseCode"/);
  await expect(explanation(page).locator("section[aria-label^='Code ']").first()).toBeVisible();
});

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
  const secrets = [secretToken, "85be817c55b2c135157c7e89f52499bf0c25ad6eeebe04a986e8c862561b19a5", "budi@example.co.id"];
  const paste = [
    "HTTP/1.1 401 Unauthorized",
    `Authorization: Bearer ${secretToken}`,
    "X-SIGNATURE: 85be817c55b2c135157c7e89f52499bf0c25ad6eeebe04a986e8c862561b19a5",
    "",
    '{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]","email":"budi@example.co.id"}',
  ].join("\n");
  await box(page).fill(paste);
  await expect(explanation(page)).toContainText("4012400");
  await page.getByRole("checkbox", { name: "Include the paste" }).check();
  await page.getByRole("button", { name: "Copy share link" }).click();
  const shared = page.getByRole("status").filter({ hasText: "Removed before sharing" });
  await expect(shared).toContainText(/Authorization/i);
  await expect(shared).toContainText(/e-?mail/i);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/decode\/#v2\./);
  expect(new URL(link).search).toBe("");
  for (const secret of secrets) expect(await fragmentText(link)).not.toContain(secret);
  expect(requests(), "requests while decoding and sharing").toEqual([]);

  // Open the link as a colleague would: the response is restored and explained, without the secrets.
  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(explanation(colleague)).toContainText("4012400");
  const restored = await box(colleague).inputValue();
  expect(restored).toContain("4012400");
  for (const secret of secrets) expect(restored).not.toContain(secret);
});

test("the default share link carries the explanation, not the paste, and reopens it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/decode/");
  await box(page).fill(
    'HTTP/1.1 404 Not Found\nAuthorization: Bearer abcdefgh12345678\nX-EXTERNAL-ID: 41807553358950093184\n\n{"responseCode":"4042412","responseMessage":"Invalid Virtual Account Number","virtualAccountData":{"virtualAccountNo":"8889940000000001","customerNo":"081234567890","note":"private remark"}}',
  );
  await expect(explanation(page)).toContainText("4042412");
  await page.getByRole("button", { name: "Copy share link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Share link copied" })).toContainText("not the paste");
  await expect(page.getByRole("status").filter({ hasText: "Share link copied" })).toContainText("Removed before sharing: 1 × Phone number");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.length, "a typical default link").toBeLessThan(600);
  const carried = await fragmentText(link);
  for (const absent of ["abcdefgh12345678", "private remark", "081234567890", "Authorization"]) expect(carried).not.toContain(absent);

  const colleague = await context.newPage();
  await colleague.goto(link);
  const region = explanation(colleague);
  await expect(region).toContainText("4042412");
  await expect(region).toContainText("HTTP 404");
  await expect(region).toContainText("Invalid Virtual Account Number");
  await expect(region).toContainText("Who must act");
  await expect(region).toContainText("41807553358950093184");
  await expect(region).toContainText("8889940000000001");
  await expect(region).toContainText("[redacted: phone …7890]");
  await expect(colleague.getByRole("status").filter({ hasText: "Opened from a share link" })).toContainText("the original paste was not included");
  await expect(box(colleague)).toHaveValue("");
  await expect(colleague.getByRole("button", { name: "Copy triage note" })).toBeEnabled();
});

test("\"Include the paste\" previews exactly what the link carries, and the reader removes more by keyboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/decode/");
  await box(page).fill('{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]","customer":{"name":"Budi Santoso","phone":"0812-3456-7890","cardNumber":"4111 1111 1111 1111"}}');
  await expect(explanation(page)).toContainText("4012400");
  await page.getByRole("checkbox", { name: "Include the paste" }).check();
  const preview = page.getByRole("textbox", { name: "The paste as it will go into the link" });
  await expect(preview).toHaveValue(/\[redacted: phone …7890\]/);
  await expect(preview).toHaveValue(/\[redacted: card-number …1111\]/);
  await expect(page.locator("mark")).toHaveCount(2);
  await expect(page.getByText("Removed automatically: 1 × Card number, 1 × Phone number.")).toBeVisible();
  await expect(page.getByText("Automatic redaction can miss things")).toBeVisible();

  // Select "Budi Santoso" with the keyboard alone: move the caret to it, then Shift+ArrowRight over it.
  const value = await preview.inputValue();
  await preview.focus();
  await preview.press("Control+Home");
  for (let index = 0; index < value.indexOf("Budi Santoso"); index += 1) await preview.press("ArrowRight");
  for (let index = 0; index < "Budi Santoso".length; index += 1) await preview.press("Shift+ArrowRight");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Remove selection" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(preview).toHaveValue(value.replace("Budi Santoso", "[redacted: by-sender]"));
  await expect(page.locator("mark")).toHaveCount(3);
  await expect(page.getByText("Removed by you: 1 selection.")).toBeVisible();
  const previewed = await preview.inputValue();

  await page.getByRole("button", { name: "Copy share link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Share link copied" })).toContainText("the paste as previewed above");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(await fragmentText(link)).not.toContain("Budi Santoso");
  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(explanation(colleague)).toContainText("4012400");
  await expect(box(colleague)).toHaveValue(previewed);
  await expect(colleague.getByRole("status").filter({ hasText: "Opened from a share link" })).toContainText("the sender's paste");
});

test("a share link too large to open gets a clear message, costs little, and the page stays usable", async ({ page }) => {
  await page.goto("/decode/");
  await box(page).fill("4012400");
  await expect(explanation(page)).toContainText("Unauthorized");
  await page.getByRole("button", { name: "Clear" }).click();
  const message = page.getByRole("alert").filter({ hasText: "too large" });
  // The page's memory, array buffers and strings held outside the JavaScript heap included.
  const cdp = await page.context().newCDPSession(page);
  const memory = async () => {
    const usage = await cdp.send("Runtime.getHeapUsage");
    return usage.usedSize + usage.embedderHeapUsedSize + usage.backingStorageSize;
  };
  for (const [what, fragment] of [
    // Refused by its length, before anything is decoded.
    ["a 1.9 MB link that would inflate to 1.4 GB", bombFragment(64, 1_400_000)],
    // Short enough to be read: inflating stops at 2 MB.
    ["a 44 KB link that would inflate to 32 MB", bombFragment(16, 30_000)],
  ] as const) {
    await page.evaluate(() => {
      location.hash = "";
    });
    await expect(message).toHaveCount(0);
    await cdp.send("HeapProfiler.collectGarbage");
    const before = await memory();
    // Timed in the page: the browser taking the new address (up to its hashchange event), then the page reading it
    // until the message shows.
    const timing = await page.evaluate(async (hash) => {
      let changed = 0;
      window.addEventListener("hashchange", () => (changed = performance.now()), { once: true });
      const started = performance.now();
      location.hash = hash;
      while (!document.querySelector('[role="alert"]')?.textContent?.includes("too large")) await new Promise((resolve) => setTimeout(resolve, 5));
      const shown = performance.now();
      return { navigation: (changed || shown) - started, reading: shown - (changed || started) };
    }, fragment);
    const grown = (await memory()) - before;
    console.log(`${what}: address taken in ${timing.navigation.toFixed(0)} ms, read and refused in ${timing.reading.toFixed(0)} ms, memory +${(grown / 1e6).toFixed(1)} MB (the fragment itself included)`);
    expect(timing.reading, what).toBeLessThan(1000);
    expect(grown, what).toBeLessThan(24 * 1024 * 1024);
    await expect(message).toContainText(/This share link is too large \(\d+\.\d MB\), so it was not opened/);
  }
  await box(page).fill("4042412");
  await expect(explanation(page)).toContainText("4042412");
});

test("opening a second share link in the same tab shows the second link's content", async ({ page }) => {
  const first = v2Link({ responses: [{ status: 401, findings: [{ field: "responseCode", code: "4012400", message: "Unauthorized. [Signature]" }] }], identifiers: [] });
  const second = v2Link({ responses: [{ findings: [{ field: "responseCode", code: "4042412", message: "Invalid Virtual Account Number" }] }], identifiers: [["trxId", "INV-2025-0002"]] });
  // The page is open, its scripts not yet started (no intent): a link arriving by a fragment change starts them.
  await page.goto("/decode/");
  await page.waitForLoadState("networkidle");
  await expect(page.locator('[data-island="decoder"]')).not.toHaveAttribute("data-island-live");
  await page.evaluate((fragment) => {
    location.hash = fragment;
  }, first);
  await expect(explanation(page)).toContainText("4012400");
  await page.goto(`/decode/#${second}`);
  await expect(explanation(page)).toContainText("4042412");
  await expect(explanation(page)).toContainText("INV-2025-0002");
  await expect(explanation(page)).not.toContainText("4012400");
  await page.goBack();
  await expect(explanation(page)).toContainText("4012400");
});

test("a v1 link made by the previous version still opens its paste", async ({ page }) => {
  await page.goto(`/decode/#v1.${zlib.deflateRawSync('{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}').toString("base64url")}`);
  await expect(explanation(page)).toContainText("4012400");
  await expect(box(page)).toHaveValue(/4012400/);
  await expect(page.getByRole("status").filter({ hasText: "earlier version" })).toBeVisible();
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
  // The notice on the kept paste does not claim it was all read.
  const kept = page.getByRole("status").filter({ hasText: /^Pasted: / });
  await expect(kept).toContainText("read below up to the limit, and the note there says what was not read");
  await expect(kept).not.toContainText("all read");
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(box(page)).toHaveValue("");
});

test("input that arrives in a query string is explained with a warning", async ({ page }) => {
  await page.goto("/decode/?input=4012400");
  await expect(page.getByRole("alert").filter({ hasText: "query string" })).toBeVisible();
  await expect(explanation(page)).toContainText("4012400");
});

test("a paste too long for a link still shares its explanation, and says the paste was left out", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/decode/");
  const longLog = '{"responseCode":"4042412","responseMessage":"Invalid Virtual Account Number"}\n' + "2025-03-01 INFO noise line\n".repeat(20_000);
  await pasteLarge(page, longLog);
  await expect(explanation(page)).toContainText("4042412");
  await expect(page.getByRole("status").filter({ hasText: /^Pasted: / })).toContainText("it is all read below");
  await page.getByRole("checkbox", { name: "Include the paste" }).check();
  await expect(page.getByText(/The paste is 0\.5 MB long, more than a link can hold/)).toBeVisible();
  await page.getByRole("button", { name: "Copy share link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Share link copied" })).toContainText("The paste did not fit in a link, so it was left out.");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#v2\./);
  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(explanation(colleague)).toContainText("4042412");
});

test("an explanation too long for a link falls back to a code-only link", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/decode/");
  // Twenty responses, each with three long messages of words that do not repeat: far more than 8,000 characters compressed.
  let seed = 7;
  const word = () => {
    seed = (seed * 48271) % 2147483647;
    return Array.from({ length: 3 + (seed % 5) }, (_, index) => "bcdfghjklmnpqrstvwxz".charAt((seed >> (index * 3)) % 20) + "aeiou".charAt((seed >> (index * 2)) % 5)).join("");
  };
  const message = () => Array.from({ length: 120 }, word).join(" ");
  const paste = Array.from({ length: 20 }, (_, index) =>
    [`HTTP/1.1 404 Not Found`, "", ...[0, 1, 2].map(() => JSON.stringify({ responseCode: `40424${String(10 + index)}`, responseMessage: message() }))].join("\n"),
  ).join("\n");
  await pasteLarge(page, paste);
  await expect(explanation(page)).toContainText("4042410");
  await page.getByRole("button", { name: "Copy share link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "carries only the codes" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#code=4042410,4042411,/);
  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(explanation(colleague)).toContainText("4042410");
  await expect(colleague.getByRole("status").filter({ hasText: "only codes" })).toBeVisible();
});

test("a day's log gives the table of its codes first: counts, times, status, meaning, who acts, retry, lines on request, Markdown and CSV, no secret", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { mixedLog } = await import("../lib/decode/fixtures/logs/mixed-log");
  const log = mixedLog(300);
  const secret = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsb2cifQ.c2lnbmF0dXJlLWxvZw";
  const text = `${log.text}2026-11-30T00:10:00+00:00 ERROR Authorization: Bearer ${secret} resp={"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}\n`;
  await page.goto("/decode/");
  await pasteLarge(page, text);
  const table = page.getByRole("table", { name: "Codes in this paste" });
  await expect(table).toBeVisible({ timeout: 15_000 });
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(1 + log.counts.size);
  // Most frequent first, with its count, page link and retry verdict.
  const first = rows.nth(1);
  await expect(first.getByRole("rowheader")).toContainText("4017300");
  await expect(first).toContainText(String(log.counts.get("code:4017300")));
  await expect(first.getByRole("link", { name: "4017300" })).toHaveAttribute("href", "/snap/4017300/");
  // A gateway's page and a curl failure have rows too.
  await expect(table.getByRole("rowheader", { name: /HTTP 502/ })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: /curl 28/ })).toBeVisible();
  // 4012400's lines, masked.
  const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: "4012400", exact: true }) });
  await row.getByRole("button", { name: /Show its lines?/ }).click();
  await expect(table).toContainText("[redacted:");
  await expect(table).not.toContainText(secret);
  // Markdown and CSV carry every row and no secret.
  await page.getByRole("button", { name: "Copy as Markdown" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Table copied" })).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.split("\n").filter((line) => line.startsWith("| `"))).toHaveLength(log.counts.size);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(csv.trim().split("\r\n")).toHaveLength(1 + log.counts.size);
  expect(csv + markdown).not.toContain(secret);
  // The triage note includes the table.
  await page.getByRole("button", { name: "Copy triage note" }).click();
  const note = await page.evaluate(() => navigator.clipboard.readText());
  expect(note).toContain("**Codes in this paste**");
  expect(note).not.toContain(secret);
});
