// The island every page loads (a module script, so it runs once the HTML is parsed): the search combobox, the theme
// button, copy buttons, the 404 hint and the service worker that keeps the site offline, without a framework. Pages
// with a React island load theirs beside it.
import { initCopyButtons } from "./copy";
import { initMissingPageHint } from "./missing-page";
import { initServiceWorker } from "./offline";
import { focusHeadingAfterSearch, initSearch } from "./search";
import { initThemeToggle } from "./theme";

// Controls that need this island show from now on (app/globals.css).
document.documentElement.dataset.islands = "";
initThemeToggle();
initCopyButtons();
initSearch();
initMissingPageHint();
focusHeadingAfterSearch();
initServiceWorker();
