// Copy buttons (components/copy-button.tsx): `data-copy-text` copies that text, `data-copy-page` the page's own URL
// (plus a fragment). One delegated handler serves every such button, those a React island renders later included.

export function initCopyButtons() {
  const resets = new WeakMap<HTMLElement, number>();
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button[data-copy-text], button[data-copy-page]") : null;
    if (!button) return;
    const status = button.querySelector<HTMLElement>("[data-copy-status]");
    const text = button.dataset.copyText ?? `${window.location.origin}${window.location.pathname}${button.dataset.copyPage ?? ""}`;
    const say = (message: string) => {
      if (!status) return;
      status.textContent = message;
      window.clearTimeout(resets.get(status));
      resets.set(status, window.setTimeout(() => (status.textContent = ""), 2000));
    };
    // writeText inside the click: Safari allows the clipboard only within the reader's gesture.
    navigator.clipboard.writeText(text).then(
      () => say(button.dataset.copiedLabel ?? "Copied"),
      () => say(button.dataset.failedLabel ?? "Copy failed"),
    );
  });
}
