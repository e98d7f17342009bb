// Runs inline in <head> before first paint, so the page never flashes the wrong theme.
// A stored choice ("light" | "dark") wins; otherwise the system preference decides. It also marks the toggle's state
// (aria-pressed), because React, which owns the toggle, starts only on the reader's first intent (runtime-loader.mjs).
export const THEME_STORAGE_KEY = "theme";
export const THEME_TOGGLE_ATTRIBUTE = "data-theme-toggle";

export const themeScript = `(function(){try{var s=localStorage.getItem("${THEME_STORAGE_KEY}");var d=s==="dark"||(s!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.setAttribute("data-theme",d?"dark":"light")}catch(e){document.documentElement.setAttribute("data-theme","light")}document.addEventListener("DOMContentLoaded",function(){var b=document.querySelector("[${THEME_TOGGLE_ATTRIBUTE}]");if(b&&!b.hasAttribute("aria-pressed"))b.setAttribute("aria-pressed",String(document.documentElement.getAttribute("data-theme")==="dark"))})})();`;
