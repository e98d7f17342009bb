"use client";

import { useState } from "react";

interface CopyButtonProps {
  /** Text to copy; when `copyPageUrl` is set the current page URL (plus `hash`) is copied instead. */
  text?: string;
  copyPageUrl?: boolean;
  hash?: string;
  label: string;
  className?: string;
}

export function CopyButton({ text, copyPageUrl = false, hash = "", label, className = "" }: CopyButtonProps) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    const value = copyPageUrl ? `${window.location.origin}${window.location.pathname}${hash}` : (text ?? "");
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    window.setTimeout(() => setStatus("idle"), 2000);
  }

  return (
    <button
      type="button"
      onClick={copy}
      className={`inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-2.5 py-1 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800 ${className}`}
    >
      {label}
      <span role="status" className="font-normal text-zinc-600 dark:text-zinc-400">
        {status === "copied" ? "Copied" : status === "failed" ? "Copy failed: select and copy by hand" : ""}
      </span>
    </button>
  );
}
