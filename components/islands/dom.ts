// A few DOM helpers for the framework-free islands. Text goes in as text nodes, never as HTML, so nothing a record or
// a URL holds can become markup.

type Child = Node | string | null | undefined | false;

/** An element with attributes (a value of `true` sets an empty attribute, `false`/undefined none) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, "");
    else if (typeof value === "string") element.setAttribute(name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Runs `task` once the browser is idle after load, so it never competes with the first paint. */
export function whenIdle(task: () => void) {
  // Safari has no requestIdleCallback: a short timeout after load stands in for it.
  const start = () => (typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(() => task(), { timeout: 3000 }) : setTimeout(task, 200));
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}

/** The site's base path ("" or e.g. "/doku-errors"), which the build writes on <html data-base-path>. */
export function basePath(): string {
  return document.documentElement.dataset.basePath ?? "";
}
