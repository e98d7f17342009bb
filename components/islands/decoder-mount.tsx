// The paste-box's component, mounted on its static island at the reader's first use (see ./decoder-island.ts).
import { Decoder, type DecoderIslandProps } from "../decoder";
import { mountOn } from "./mount";
import type { StaticIsland } from "./static-island";

export function mountDecoder(island: StaticIsland, props: DecoderIslandProps) {
  mountOn(island, Decoder, props);
}
