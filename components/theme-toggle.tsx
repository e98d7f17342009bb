// The theme button as static markup; the site island (components/islands/theme.ts) makes it work and gives it the
// name of what it will do ("Switch to dark theme"). CSS shows it only once that island has run.
export function ThemeToggle({ labelDark = "Switch to dark theme", labelLight = "Switch to light theme" }: { labelDark?: string; labelLight?: string }) {
  return (
    <button
      type="button"
      data-theme-toggle
      data-label-dark={labelDark}
      data-label-light={labelLight}
      className="h-9 items-center gap-2 rounded-md border border-line-strong px-2.5 text-sm hover:bg-chip"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
      <span data-theme-label className="sr-only">
        {labelDark}
      </span>
    </button>
  );
}
