// The signature check's island (/signature/): React, mounted on the static markup the page was built with.
import { SignatureChecker } from "../signature-checker";
import { mountIsland } from "./mount";

mountIsland("signature", SignatureChecker);
