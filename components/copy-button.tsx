// A copy button. Its behaviour is the site island's (components/islands/copy.ts, one click handler for every such
// button, React-rendered ones included); without JavaScript it cannot copy, so CSS shows it only once that island ran.
interface CopyButtonProps {
  /** Text to copy; when `copyPageUrl` is set the current page URL (plus `hash`) is copied instead. */
  text?: string;
  copyPageUrl?: boolean;
  hash?: string;
  label: string;
  className?: string;
  copiedLabel?: string;
  failedLabel?: string;
}

export function CopyButton({ text, copyPageUrl = false, hash = "", label, className = "", copiedLabel = "Copied", failedLabel = "Copy failed: select and copy by hand" }: CopyButtonProps) {
  const source = copyPageUrl ? { "data-copy-page": hash } : { "data-copy-text": text ?? "" };
  return (
    <button
      type="button"
      {...source}
      data-copied-label={copiedLabel}
      data-failed-label={failedLabel}
      className={`copy-button items-center gap-1.5 rounded-md border border-line-strong px-2.5 py-1 text-xs font-medium hover:bg-chip ${className}`}
    >
      {label}
      <span role="status" data-copy-status className="font-normal text-muted" />
    </button>
  );
}
