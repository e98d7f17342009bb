"use client";

import { useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY, THEME_TOGGLE_ATTRIBUTE } from "@/lib/theme-script";

type Theme = "light" | "dark";

function currentTheme(): Theme {
  return document.documentElement.getAttribute("data-theme") === "dark" ? "dark" : "light";
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  // Follow the system while the visitor has made no choice of their own.
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  const followSystem = () => {
    if (readStoredTheme() === null) document.documentElement.setAttribute("data-theme", media.matches ? "dark" : "light");
  };
  media.addEventListener("change", followSystem);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", followSystem);
  };
}

function readStoredTheme(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function ThemeToggle() {
  // The server does not know the theme; render "unknown" there and the real value after hydration.
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null);
  const isDark = theme === "dark";

  function toggle() {
    // Read the page, not this render: a click held until hydration is replayed before the first client render.
    const next: Theme = currentTheme() === "dark" ? "light" : "dark";
    document.documentElement.setAttribute("data-theme", next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this page only.
    }
  }

  return (
    <button
      type="button"
      {...{ [THEME_TOGGLE_ATTRIBUTE]: "" }}
      onClick={toggle}
      aria-pressed={theme === null ? undefined : isDark}
      title="Dark theme"
      className="inline-flex h-9 items-center gap-2 rounded-md border border-zinc-300 px-3 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
      {/* Visually hidden (the header row is full at every width, its container being max-w-5xl), still the button’s name. */}
      <span className="sr-only">Dark theme</span>
    </button>
  );
}
