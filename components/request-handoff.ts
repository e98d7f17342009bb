// Hands a pasted request from the paste-box (/decode/) to the signature check (/signature/), which opens in a new tab:
// the new page asks its opener for the request with postMessage, and the opener answers it alone, same origin only.
// The request stays in the two pages' memory: never in a URL, storage or history.state (which browsers write to disk
// for session restore), because a request can carry an access token.
const READY = "doku-errors:signature-ready";
const REQUEST = "doku-errors:signature-request";
/** How long the paste-box waits for the new tab to ask. */
const WAIT_MS = 60_000;

/** Opens /signature/ in a new tab and hands it `text` when it asks. False when the browser blocked the new tab. */
export function openWithRequest(url: string, text: string): boolean {
  const child = window.open(url, "_blank");
  if (!child) return false;
  const answer = (event: MessageEvent) => {
    if (event.source !== child || event.origin !== window.location.origin || event.data !== READY) return;
    child.postMessage({ type: REQUEST, text }, window.location.origin);
    stop();
  };
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    window.removeEventListener("message", answer);
    window.clearTimeout(timer);
  };
  window.addEventListener("message", answer);
  return true;
}

/** In the page opened by openWithRequest: asks the opener for the request; returns a function that stops listening. */
export function receiveHandedOverRequest(onRequest: (text: string) => void): () => void {
  const opener = window.opener as Window | null;
  if (!opener) return () => undefined;
  const receive = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (event.source !== opener || event.origin !== window.location.origin) return;
    if (typeof data === "object" && data !== null && "type" in data && data.type === REQUEST && "text" in data && typeof data.text === "string") onRequest(data.text);
  };
  window.addEventListener("message", receive);
  opener.postMessage(READY, window.location.origin);
  return () => window.removeEventListener("message", receive);
}
