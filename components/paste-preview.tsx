"use client";

import { type ReactNode, useEffect, useEffectEvent, useId, useRef, useState } from "react";
import type { RedactionSummary } from "@/lib/decode/redact";
import type { DecodeStrings } from "@/lib/i18n/decode";
import type { TextRange } from "@/lib/decode/share-preview";

/** Sizes and wrapping shared by the text and the highlights behind it, so each mark sits under its text. */
const LAYER = "m-0 h-64 w-full overflow-y-scroll whitespace-pre-wrap break-words rounded-lg border p-3 font-mono text-sm [overflow-wrap:anywhere]";

/**
 * The paste as it will go into the link: a text area that refuses edits, so the reader can select with the mouse or
 * with Shift and the arrow keys, over a copy of the text in which every removal is highlighted.
 */
export function PastePreview({
  strings,
  secretLabels,
  text,
  removals,
  autoRemoved,
  removedBySender,
  canUndo,
  onRemoveSelection,
  onUndo,
}: {
  strings: DecodeStrings["preview"];
  secretLabels: DecodeStrings["secretLabels"];
  text: string;
  removals: TextRange[];
  autoRemoved: RedactionSummary[];
  removedBySender: number;
  canUndo: boolean;
  /** Removes the selection; returns where the caret goes, or undefined when nothing removable was selected. */
  onRemoveSelection: (start: number, end: number) => number | undefined;
  onUndo: () => void;
}) {
  const previewId = useId();
  const helpId = useId();
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState("");
  const removeOnDelete = useEffectEvent(() => removeSelection());

  // A read-only text area takes no keyboard selection in Chromium, so the area stays editable and refuses every edit
  // before it happens; Delete or Backspace on a selection removes it, as the button does.
  useEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const refuseEdit = (event: InputEvent) => {
      event.preventDefault();
      if (event.inputType.startsWith("delete") && area.selectionStart !== area.selectionEnd) removeOnDelete();
    };
    area.addEventListener("beforeinput", refuseEdit);
    return () => area.removeEventListener("beforeinput", refuseEdit);
  }, []);

  function removeSelection() {
    const area = areaRef.current;
    if (!area) return;
    const caret = onRemoveSelection(area.selectionStart, area.selectionEnd);
    if (caret === undefined) {
      setHint(strings.selectFirst);
      return;
    }
    setHint("");
    // After React has written the new text: put the reader back where they were, ready for the next selection.
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(caret, caret);
    });
  }

  return (
    <div className="space-y-2">
      <label htmlFor={previewId} className="block text-sm font-semibold">
        {strings.label}
      </label>
      <p id={helpId} className="text-sm text-soft">
        {strings.help}
      </p>
      <div className="relative">
        <div ref={backdropRef} aria-hidden="true" className={`${LAYER} absolute inset-0 border-transparent text-transparent`}>
          {highlighted(text, removals)}
          {"\n"}
        </div>
        <textarea
          id={previewId}
          ref={areaRef}
          aria-readonly="true"
          value={text}
          // Edits are refused in beforeinput; one that slips through (an IME composition) is undone by React.
          onChange={() => undefined}
          aria-describedby={helpId}
          spellCheck={false}
          autoComplete="off"
          onScroll={(event) => {
            if (backdropRef.current) backdropRef.current.scrollTop = event.currentTarget.scrollTop;
          }}
          className={`${LAYER} relative block resize-none border-field bg-transparent`}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={removeSelection}
          className="rounded-md border border-line-strong px-3 py-1.5 text-sm font-semibold hover:bg-chip"
        >
          {strings.removeSelection}
        </button>
        <button
          type="button"
          onClick={onUndo}
          disabled={!canUndo}
          className="rounded-md px-3 py-1.5 text-sm underline underline-offset-2 disabled:no-underline disabled:opacity-50"
        >
          {strings.undo}
        </button>
        <span role="status" className="text-sm text-soft">
          {hint}
        </span>
      </div>
      <p className="text-sm">
        {autoRemoved.length > 0 ? strings.autoRemoved(autoRemoved.map((item) => `${item.count} × ${secretLabels[item.kind]}`)) : strings.nothingRecognised}
        {removedBySender > 0 ? strings.bySender(removedBySender) : ""} {strings.readPreview}
      </p>
    </div>
  );
}

/** The text with each removal in a <mark>: text nodes only, never markup from the paste. */
function highlighted(text: string, removals: TextRange[]) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of removals) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-200 text-transparent dark:bg-amber-700">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
