// The theme button: light or dark, remembered on this device. The page's colours are set before first paint by the
// inline script in <head> (lib/theme-script.ts); this island only makes the button work and name what it will do.
import { THEME_STORAGE_KEY } from "../../lib/theme-script";

type Theme = "light" | "dark";

function currentTheme(): Theme {
  return document.documentElement.getAttribute("data-theme") === "dark" ? "dark" : "light";
}

function storedTheme(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function initThemeToggle() {
  const button = document.querySelector<HTMLButtonElement>("[data-theme-toggle]");
  if (!button) return;
  const label = button.querySelector("[data-theme-label]");
  const name = () => (currentTheme() === "dark" ? button.dataset.labelLight : button.dataset.labelDark) ?? "";
  const show = () => {
    if (label) label.textContent = name();
    button.title = name();
  };
  button.addEventListener("click", () => {
    const next: Theme = currentTheme() === "dark" ? "light" : "dark";
    document.documentElement.setAttribute("data-theme", next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this page only.
    }
    show();
  });
  // Follow the system while the reader has made no choice of their own.
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", (event) => {
    if (storedTheme() !== null) return;
    document.documentElement.setAttribute("data-theme", event.matches ? "dark" : "light");
    show();
  });
  show();
}
