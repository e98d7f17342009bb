// Copy buttons: `data-copy-text` copies that text, `data-copy-page` the page's own URL (plus a fragment). Without
// JavaScript they cannot work, so they stay hidden until this island makes them work.

export function initCopyButtons() {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-text], button[data-copy-page]")) {
    const status = button.querySelector<HTMLElement>("[data-copy-status]");
    let reset: number | undefined;
    button.addEventListener("click", () => {
      const text = button.dataset.copyText ?? `${window.location.origin}${window.location.pathname}${button.dataset.copyPage ?? ""}`;
      const say = (message: string) => {
        if (!status) return;
        status.textContent = message;
        window.clearTimeout(reset);
        reset = window.setTimeout(() => (status.textContent = ""), 2000);
      };
      // writeText inside the click: Safari allows the clipboard only within the reader's gesture.
      navigator.clipboard.writeText(text).then(
        () => say(button.dataset.copiedLabel ?? "Copied"),
        () => say(button.dataset.failedLabel ?? "Copy failed: select and copy by hand"),
      );
    });
    button.hidden = false;
  }
}
