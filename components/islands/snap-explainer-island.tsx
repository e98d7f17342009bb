// The SNAP code explainer's island (/snap/): React, mounted on the static markup the page was built with.
import { SnapCodeExplainer } from "../snap-code-explainer";
import { mountIsland } from "./mount";

mountIsland("snap-explainer", SnapCodeExplainer);
