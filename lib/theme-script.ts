// Runs inline in <head> before first paint, so the page never flashes the wrong theme.
// A stored choice ("light" | "dark") wins; otherwise the system preference decides. The theme button itself is the
// site island's (components/islands/theme.ts).
export const THEME_STORAGE_KEY = "theme";

export const themeScript = `(function(){try{var s=localStorage.getItem("${THEME_STORAGE_KEY}");var d=s==="dark"||(s!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.setAttribute("data-theme",d?"dark":"light")}catch(e){document.documentElement.setAttribute("data-theme","light")}})();`;
