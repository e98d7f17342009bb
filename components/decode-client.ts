// The paste-box's side of its decode worker (components/islands/decode-worker.ts): start it, ask, and get the answer
// to the latest question of each kind only.
import type { DecodeReply, DecodeRequest, DecodeView, RecordLines } from "@/components/islands/decode-worker";
import type { SharedLink } from "@/lib/decode/share-link";
import { type Locale, localePath } from "@/lib/i18n/locale";

type Pending = { resolve: (reply: DecodeReply) => void };

export class DecodeClient {
  private worker: Worker | undefined;
  private next = 0;
  private pending = new Map<number, Pending>();
  private latest: Partial<Record<DecodeRequest["type"], number>> = {};
  ready = false;
  failed = false;
  onStatus: () => void = () => undefined;

  constructor(
    private readonly workerUrl: string,
    private readonly catalogueUrl: string,
  ) {}

  start() {
    if (this.worker) return;
    try {
      this.worker = new Worker(this.workerUrl);
    } catch {
      this.failed = true;
      this.onStatus();
      return;
    }
    this.worker.onmessage = (event: MessageEvent<DecodeReply>) => {
      const reply = event.data;
      if (reply.type === "ready" || reply.type === "failed") {
        this.ready = reply.type === "ready";
        this.failed = reply.type === "failed";
        this.onStatus();
        return;
      }
      this.pending.get(reply.id)?.resolve(reply);
      this.pending.delete(reply.id);
    };
    this.worker.onerror = () => {
      this.failed = true;
      this.onStatus();
    };
    this.post({ type: "load", catalogueUrl: new URL(this.catalogueUrl, window.location.href).href });
  }

  private post(request: DecodeRequest) {
    this.worker?.postMessage(request);
  }

  /** Resolves with the reply, or never when a newer request of the same type was made meanwhile. */
  private ask<R extends DecodeReply>(make: (id: number) => DecodeRequest): Promise<R> {
    const id = ++this.next;
    const request = make(id);
    this.latest[request.type] = id;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve: (reply) => (this.latest[request.type] === id ? resolve(reply as R) : undefined) });
      this.post(request);
    });
  }

  decode(text: string): Promise<DecodeView> {
    return this.ask<Extract<DecodeReply, { type: "decoded" }>>((id) => ({ type: "decode", id, text })).then((reply) => reply.view);
  }

  lines(key: string, from: number): Promise<{ lines: RecordLines[]; total: number }> {
    return this.ask<Extract<DecodeReply, { type: "lines" }>>((id) => ({ type: "lines", id, key, from })).then(({ lines, total }) => ({ lines, total }));
  }

  openLink(hash: string): Promise<{ reading: SharedLink; view?: DecodeView }> {
    return this.ask<Extract<DecodeReply, { type: "link" }>>((id) => ({ type: "open-link", id, hash })).then(({ reading, view }) => ({ reading, ...(view ? { view } : {}) }));
  }
}

const pageClients = new Map<string, DecodeClient>();

/**
 * The page's decode worker for one language: the paste-box's island starts it at load and its component, mounted
 * later, asks it; both get the same one. The worker's address is on <html data-worker-decode> (per language).
 */
export function pageDecodeClient(basePath: string, locale: Locale): DecodeClient {
  const catalogueUrl = `${basePath}${localePath(locale, "/decode-catalogue.json")}`;
  let client = pageClients.get(catalogueUrl);
  if (!client) {
    client = new DecodeClient(document.documentElement.dataset.workerDecode ?? "", catalogueUrl);
    pageClients.set(catalogueUrl, client);
  }
  return client;
}
