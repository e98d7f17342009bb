// Registers the service worker (components/islands/service-worker.ts) once the page is idle, so after one visit the
// whole reference works offline, and says so, unobtrusively, when a newer version of the site has been fetched.
import { h, whenIdle } from "./dom";

type UpdateStrings = Record<"updated" | "reload" | "dismiss", string>;

export function initServiceWorker() {
  const url = document.documentElement.dataset.serviceWorker;
  if (!url || !("serviceWorker" in navigator)) return;
  // A reader who asked to save data (Save-Data) is not sent the whole site in the background.
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  whenIdle(() => {
    // Each language has its worker, scoped to its folder: "/sw.js" for "/", "/id/sw.js" for "/id/".
    navigator.serviceWorker.register(url, { scope: new URL("./", new URL(url, window.location.href)).pathname }).then(
      (registration: ServiceWorkerRegistration | undefined) => {
        // (Undefined only where a test harness stubs registration out.)
        if (!registration) return;
        // Without a controller this is the first visit: nothing older is showing, so there is nothing to offer.
        const offerWhenInstalled = (worker: ServiceWorker | null) => {
          if (!worker) return;
          const offer = () => {
            if (worker.state === "installed" && navigator.serviceWorker.controller) offerUpdate(worker);
          };
          if (worker.state === "installed") offer();
          else worker.addEventListener("statechange", offer);
        };
        // The newer worker may be waiting already, or installing since this page's navigation began.
        offerWhenInstalled(registration.waiting);
        offerWhenInstalled(registration.installing);
        registration.addEventListener("updatefound", () => offerWhenInstalled(registration.installing));
      },
      // No service worker (a private window, a host that serves no sw.js): the site works online as before.
      () => undefined,
    );
  });
}

/** The notice: this page is the version the reader already had; a reload shows the new one. */
function offerUpdate(waiting: ServiceWorker) {
  const notice = document.querySelector<HTMLElement>("[data-update-notice]");
  if (!notice || notice.childElementCount > 0) return;
  const strings = JSON.parse(notice.dataset.strings ?? "{}") as UpdateStrings;
  const reload = h("button", { type: "button", class: "rounded-md bg-brand-600 px-3 py-1 font-medium text-white" }, strings.reload);
  const dismiss = h("button", { type: "button", class: "rounded-md px-2 py-1 underline underline-offset-2" }, strings.dismiss);
  reload.addEventListener("click", () => {
    navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
  dismiss.addEventListener("click", () => notice.replaceChildren());
  notice.replaceChildren(h("div", { class: "flex flex-wrap items-center gap-3 rounded-lg border border-line bg-raised p-3 text-sm shadow-lg" }, h("p", {}, strings.updated), reload, dismiss));
}
