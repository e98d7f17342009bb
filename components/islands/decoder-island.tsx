// The paste-box's island (/decode/, /id/decode/): React, mounted on the static markup the page was built with.
import { Decoder } from "../decoder";
import { mountIsland } from "./mount";

mountIsland("decoder", Decoder);
