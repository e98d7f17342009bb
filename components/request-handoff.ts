// Hands a pasted request from the paste-box (/decode/) to the signature check (/signature/) inside one tab's memory:
// a module variable, which lives only as long as the page's JavaScript. A client-side navigation keeps it; a reload,
// a new tab or leaving the site drops it. Not the URL, not sessionStorage, not history.state (browsers write that to
// disk for session restore): the request can carry an access token, and it must stay in the page.
let handedOver: string | undefined;

export function handOverRequest(text: string) {
  handedOver = text;
}

/** The request handed over, once: taking it forgets it. */
export function takeHandedOverRequest(): string | undefined {
  const text = handedOver;
  handedOver = undefined;
  return text;
}

/** A plain left click, which the router turns into a client-side navigation (a new tab would start empty). */
export function isPlainClick(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
