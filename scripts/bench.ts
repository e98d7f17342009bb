// npm run bench: the project's speed and size figures, printed as tables. A benchmark prints; it never fails a build.
import { benchDecode } from "./bench/decode";
import { benchSearch } from "./bench/search";

benchSearch();
benchDecode();
