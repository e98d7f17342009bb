"use client";

import { useState } from "react";
import { COPY_PAGE_HASH_ATTRIBUTE, COPY_TEXT_ATTRIBUTE, EARLY_COPY_PROPERTY } from "@/lib/runtime-loader.mjs";

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

  async function copy(button: HTMLButtonElement & Partial<Record<typeof EARLY_COPY_PROPERTY, Promise<void>>>) {
    // A click held until hydration has already copied, inside the reader's gesture (lib/runtime-loader.mjs).
    const early = button[EARLY_COPY_PROPERTY];
    delete button[EARLY_COPY_PROPERTY];
    const value = copyPageUrl ? `${window.location.origin}${window.location.pathname}${hash}` : (text ?? "");
    try {
      await (early ?? navigator.clipboard.writeText(value));
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    window.setTimeout(() => setStatus("idle"), 2000);
  }

  // What the loader copies if the click comes before hydration.
  const copySource = copyPageUrl ? { [COPY_PAGE_HASH_ATTRIBUTE]: hash } : { [COPY_TEXT_ATTRIBUTE]: text ?? "" };
  return (
    <button
      type="button"
      {...copySource}
      onClick={(event) => copy(event.currentTarget)}
      className={`inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-2.5 py-1 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800 ${className}`}
    >
      {label}
      <span role="status" className="font-normal text-zinc-600 dark:text-zinc-400">
        {status === "copied" ? "Copied" : status === "failed" ? "Copy failed: select and copy by hand" : ""}
      </span>
    </button>
  );
}
