// An island's static markup, from page load until its component is on screen (framework-free: it runs before React
// is loaded, and without it). The build rendered the component into [data-island="name"], so the page reads right at
// once; this keeps what the reader does there meanwhile, so that nothing typed or clicked is lost:
//   - text typed or pasted into its fields ([data-field="name"]) is read from them when the component mounts;
//   - its action buttons ([data-start-action="…"], disabled in the markup, so that without JavaScript nothing looks
//     clickable that does nothing) are enabled now, and the one clicked is handed to the component as `start.action`;
//   - focus, and a press (pointer or key) still held when the component's markup replaces the static one, move to the
//     element in the same place: the press's release clicks it there.
// Once React is rendering, `onUse` lets it finish at once when the reader types or clicks (components/islands/mount.tsx).

export interface IslandStart {
  /** The values of the island's named fields when it mounted, e.g. { response: "…" }. */
  fields: Record<string, string>;
  /** The action button clicked before the component mounted, e.g. "example-2". */
  action?: string;
}

/** A press begins and ends with these. */
const PRESS_EVENTS = ["pointerdown", "keydown", "pointerup", "keyup", "pointercancel"];

/** Events that say a reader is using the page, not just a browser loading it (a shared link opened in the tab too). */
const FIRST_USE_EVENTS = ["pointerdown", "touchstart", "keydown", "focusin", "wheel", "input", "paste", "dragenter", "hashchange", "popstate"] as const;

export class StaticIsland {
  private readonly staticFields: Set<Element>;
  private action: string | undefined;
  /** Which of its focusable elements has focus, by position: the component's markup is the same, so it is given back. */
  private focusedAt: number | undefined;
  /** Which of them a held pointer or Space key pressed, and the event that will release it. */
  private pressed: { at: number; release: "pointerup" | "keyup" } | undefined;
  /** Set by the mount while React renders: the reader typed or clicked into the static markup, finish now. */
  onUse: (() => void) | undefined;

  constructor(readonly container: HTMLElement) {
    this.staticFields = new Set(container.querySelectorAll("[data-field]"));
    for (const button of container.querySelectorAll<HTMLButtonElement>("button[data-start-action]")) button.disabled = false;
    container.addEventListener("input", this.onInput, true);
    container.addEventListener("click", this.onClick, true);
    container.addEventListener("focusin", this.onFocusIn);
    container.addEventListener("focusout", this.onFocusOut);
    for (const type of PRESS_EVENTS) window.addEventListener(type, this.onPress, true);
  }

  /** The props the build rendered the component with (data-props). */
  props<P>(): P {
    return JSON.parse(this.container.dataset.props ?? "{}") as P;
  }

  /** What the reader has left in the static markup, now. */
  start(): IslandStart {
    const fields: Record<string, string> = {};
    for (const field of this.container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-field]")) {
      if (this.staticFields.has(field)) fields[field.dataset.field ?? ""] = field.value;
    }
    return { fields, ...(this.action ? { action: this.action } : {}) };
  }

  /** Whether the reader has typed into its fields or clicked one of its actions already. */
  used(): boolean {
    return this.action !== undefined || [...this.staticFields].some((field) => (field as HTMLInputElement).value !== "");
  }

  /** Whether the reader has used it already or is in one of its fields. */
  inUse(): boolean {
    return this.used() || [...this.staticFields].some((field) => document.activeElement === field);
  }

  /** The component is on screen: its own markup has replaced the static one. */
  mounted() {
    this.container.removeEventListener("input", this.onInput, true);
    this.container.removeEventListener("click", this.onClick, true);
    this.container.removeEventListener("focusin", this.onFocusIn);
    this.container.removeEventListener("focusout", this.onFocusOut);
    for (const type of PRESS_EVENTS) window.removeEventListener(type, this.onPress, true);
    this.staticFields.clear();
    this.onUse = undefined;
    const inPlace = focusables(this.container);
    // Focus was on an element the component's markup replaced: give it to the element in its place, the caret after
    // what was typed.
    if (this.focusedAt !== undefined && (document.activeElement === null || document.activeElement === document.body)) {
      const element = inPlace[this.focusedAt];
      element?.focus();
      if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) element.selectionStart = element.selectionEnd = element.value.length;
    }
    // A press held across the swap would end on an element its start never saw, and the browser would send no click.
    const pressed = this.pressed;
    if (pressed) {
      const release = (event: Event) => {
        window.removeEventListener(pressed.release, release, true);
        window.removeEventListener("pointercancel", release, true);
        if (event.type === pressed.release) inPlace[pressed.at]?.click();
      };
      window.addEventListener(pressed.release, release, true);
      window.addEventListener("pointercancel", release, true);
    }
    this.container.dataset.islandLive = "";
  }

  private readonly onPress = (event: Event) => {
    if (event.type === "pointerup" || event.type === "keyup" || event.type === "pointercancel") {
      this.pressed = undefined;
      return;
    }
    // Space clicks on release; Enter clicks at once, which the static island has already taken.
    if (event instanceof KeyboardEvent && event.key !== " ") return;
    const target = (event.target as Element).closest?.<HTMLElement>("button, a[href], input[type='checkbox'], input[type='radio']");
    const at = target ? focusables(this.container).indexOf(target) : -1;
    this.pressed = at === -1 ? undefined : { at, release: event.type === "keydown" ? "keyup" : "pointerup" };
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const at = focusables(this.container).indexOf(event.target as HTMLElement);
    this.focusedAt = at === -1 ? undefined : at;
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    // Focus left for somewhere else (not: its element was taken out of the page by the mount).
    const left = event.target as HTMLElement;
    queueMicrotask(() => {
      if (left.isConnected && !this.container.contains(document.activeElement)) this.focusedAt = undefined;
    });
  };

  private readonly onInput = (event: Event) => {
    if (this.staticFields.has(event.target as Element)) this.onUse?.();
  };

  private readonly onClick = (event: Event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-start-action]");
    if (!button || !this.container.contains(button)) return;
    this.action = button.dataset.startAction;
    this.onUse?.();
  };
}

/**
 * Runs `mount` once the reader starts using the page, or at once when the page opened with something to show (a
 * shared link's fragment, a query) or the reader is already in the island. A page only read, or loaded by a tool,
 * never pays for the framework. The code `mount` imports (data-first-use, written by
 * scripts/postbuild/islands.mjs) is preloaded once the page has loaded: after what the page shows, so a slow
 * connection brings that first, and before the reader's first tap, so that starts without a fetch.
 */
export function onFirstUse(island: StaticIsland, mount: () => void) {
  preloadOnceLoaded(island.container.dataset.firstUse?.split(" ").filter(Boolean) ?? []);
  const start = () => {
    for (const type of FIRST_USE_EVENTS) window.removeEventListener(type, start, true);
    mount();
  };
  if (window.location.hash.length > 1 || window.location.search.length > 1 || island.inUse()) {
    start();
    return;
  }
  for (const type of FIRST_USE_EVENTS) window.addEventListener(type, start, { capture: true, passive: true });
}

function preloadOnceLoaded(urls: readonly string[]) {
  const preload = () => {
    for (const href of urls) {
      if (document.head.querySelector(`link[rel="modulepreload"][href="${CSS.escape(href)}"]`)) continue;
      const link = document.createElement("link");
      link.rel = "modulepreload";
      link.href = href;
      document.head.append(link);
    }
  };
  if (document.readyState === "complete") preload();
  else window.addEventListener("load", preload, { once: true });
}

function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, [tabindex]")];
}
