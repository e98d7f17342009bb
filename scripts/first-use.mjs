// First use on a slow phone, measured in Chromium with the CPU slowed 4× (Lighthouse's mobile profile) on a cold
// page (a new browser context: empty cache): how long from the reader's action to the answer on screen.
//   search: a code typed into the header search of a code page ⇒ the first result shown
//   paste:  a response pasted into /decode/ (after a tap into the box) ⇒ its explanation shown
// Each is measured twice: once the page has settled (its islands loaded, what they fetch at idle fetched), and at
// once, the moment the page has loaded. Medians of `runs`. Used by `npm run bench` and `npm run audit:pages`.

const SEARCH_QUERY = "4012400";
const PASTE = '{"responseCode":"4017300","responseMessage":"Unauthorized. [Signature]"}';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function slowPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { context, page };
}

/** ms from the input event to the first `selector` in the page, timed inside the page. */
async function timeToFirst(page, inputSelector, selector, act) {
  await page.evaluate(
    ({ inputSelector, selector }) => {
      const state = (window.__firstUse = { started: 0, shown: 0 });
      for (const type of ["input", "paste"]) document.querySelector(inputSelector)?.addEventListener(type, () => (state.started ||= performance.now()), { capture: true });
      new MutationObserver((_, observer) => {
        if (state.started && document.querySelector(selector)) {
          state.shown = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    { inputSelector, selector },
  );
  await act();
  await page.waitForFunction(() => window.__firstUse.shown > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => window.__firstUse.shown - window.__firstUse.started);
}

async function searchOnce(browser, baseUrl, settled) {
  const { context, page } = await slowPage(browser);
  try {
    await page.goto(`${baseUrl}/errors/invalid-parameter/`, { waitUntil: settled ? "networkidle" : "load" });
    const input = 'form[data-search] input[role="combobox"]';
    return await timeToFirst(page, input, '[role="listbox"] [role="option"]', () => page.locator(input).fill(SEARCH_QUERY));
  } finally {
    await context.close();
  }
}

/**
 * A reader's tap into the box and, a long-press later, their paste. The paste-box starts on the reader's first use
 * (components/islands/static-island.ts), here the tap; a phone asks for a long-press on the box (400–500 ms on Android
 * and iOS) before it offers Paste. With `untapped`, the paste comes with no tap before, the worst case (text dropped
 * onto the box, or put there by a script): the paste-box starts and answers in one go.
 */
const LONG_PRESS_MS = 500;

async function pasteOnce(browser, baseUrl, settled, untapped = false) {
  const { context, page } = await slowPage(browser);
  try {
    await page.goto(`${baseUrl}/decode/`, { waitUntil: settled ? "networkidle" : "load" });
    const input = 'textarea[data-field="response"]';
    if (!untapped) {
      await page.locator(input).click();
      await page.waitForTimeout(LONG_PRESS_MS);
    }
    // A real paste: the text inserted, then an input event of type insertFromPaste, as the browser sends it.
    const paste = () =>
      page.locator(input).evaluate((area, text) => {
        area.focus();
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
        setValue?.call(area, text);
        area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste", data: text }));
      }, PASTE);
    return await timeToFirst(page, input, 'section[aria-label="Code 4017300"]', paste);
  } finally {
    await context.close();
  }
}

/**
 * Medians of `runs` measurements, in ms.
 * @returns {Promise<{ search: { settled: number, atLoad: number }, paste: { settled: number, atLoad: number, untapped: number } }>}
 */
export async function measureFirstUse(browser, baseUrl, runs = 5) {
  const result = { search: { settled: NaN, atLoad: NaN }, paste: { settled: NaN, atLoad: NaN, untapped: NaN } };
  for (const [name, once] of [
    ["search", searchOnce],
    ["paste", pasteOnce],
  ]) {
    const settled = [];
    const atLoad = [];
    for (let i = 0; i < runs; i++) {
      settled.push(await once(browser, baseUrl, true));
      atLoad.push(await once(browser, baseUrl, false));
    }
    result[name] = { settled: median(settled), atLoad: median(atLoad) };
  }
  const untapped = [];
  for (let i = 0; i < runs; i++) untapped.push(await pasteOnce(browser, baseUrl, true, true));
  result.paste.untapped = median(untapped);
  return result;
}

/** The targets of issue 16, at 4× CPU: search ≤ 200 ms, paste ≤ 400 ms, once the page has settled. */
export const FIRST_USE_TARGETS = { searchMs: 200, pasteMs: 400 };

/**
 * A whole log in the paste-box, at the machine's own speed: ms from the paste to the table of its codes on screen,
 * and the longest main-thread task meanwhile (the page stays responsive when it stays short). Median of `runs`.
 */
export async function measureLogTable(browser, baseUrl, logText, runs = 3) {
  const times = [];
  const longest = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/decode/`, { waitUntil: "networkidle" });
      // The reader taps into the box first: the paste-box starts on that first use, and is live once mounted.
      await page.locator('textarea[data-field="response"]').focus();
      await page.locator("[data-island-live]").waitFor();
      await page.evaluate(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
        }).observe({ type: "longtask", buffered: false });
      });
      const input = 'textarea[data-field="response"]';
      const elapsed = await timeToFirst(page, input, 'table caption', () =>
        page.locator(input).evaluate((area, text) => {
          // A paste as the browser sends it: a paste event carrying the text.
          area.focus();
          const data = new DataTransfer();
          data.setData("text/plain", text);
          area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
        }, logText),
      );
      times.push(elapsed);
      longest.push(await page.evaluate(() => window.__longest));
    } finally {
      await context.close();
    }
  }
  return { tableMs: median(times), longestTaskMs: median(longest) };
}
