// The paste-box's island (/decode/, /id/decode/). At load it only starts the decode worker, which reads the catalogue
// off the main thread, and keeps what the reader does in the static page; React and the component are loaded (they
// are preloaded meanwhile) and mounted on the reader's first use (./static-island.ts), so that loading the page costs
// a slow phone no long task, and the first paste is still answered at once.
import { pageDecodeClient } from "../decode-client";
import type { DecoderIslandProps } from "../decoder";
import { StaticIsland, onFirstUse } from "./static-island";

for (const container of document.querySelectorAll<HTMLElement>('[data-island="decoder"]')) {
  const island = new StaticIsland(container);
  const props = island.props<DecoderIslandProps>();
  pageDecodeClient(props.basePath, props.locale ?? "en").start();
  onFirstUse(island, () => void import("./decoder-mount").then(({ mountDecoder }) => mountDecoder(island, props)));
}
