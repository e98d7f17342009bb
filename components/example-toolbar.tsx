"use client";

import { useRef, useState } from "react";

const EXAMPLE_ACTION = "example-";

/** Which example a button clicked before its island mounted picked (its `start.action`), e.g. "example-2" ⇒ 2. */
export function pickedExample(action: string | undefined): number | undefined {
  return action?.startsWith(EXAMPLE_ACTION) ? Number(action.slice(EXAMPLE_ACTION.length)) : undefined;
}

/**
 * A row of example buttons as one tab stop (a toolbar with a roving tabindex): Tab enters at the last one used, the
 * arrow keys, Home and End move between them. Disabled in the static page; its island enables them at load and hands
 * the one clicked before it mounted to the component (`data-start-action`, see components/islands/static-island.ts).
 */
export function ExampleToolbar({ label, examples, onPick, enabled }: { label: string; examples: readonly { label: string; text: string }[]; onPick: (text: string) => void; enabled: boolean }) {
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  function move(event: React.KeyboardEvent<HTMLDivElement>) {
    const last = examples.length - 1;
    const next = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + examples.length) % examples.length;
    setCurrent(index);
    buttons.current[index]?.focus();
  }
  return (
    <div role="toolbar" aria-label={label} onKeyDown={move} className="flex flex-wrap gap-2">
      {examples.map((example, index) => (
        <button
          key={example.label}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          tabIndex={index === current ? 0 : -1}
          disabled={!enabled}
          data-start-action={`${EXAMPLE_ACTION}${index}`}
          onClick={() => {
            setCurrent(index);
            onPick(example.text);
          }}
          className="rounded-md border border-line-strong px-2.5 py-1 hover:bg-chip disabled:opacity-60"
        >
          {example.label}
        </button>
      ))}
    </div>
  );
}
