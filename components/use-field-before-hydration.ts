import { type RefObject, useEffect } from "react";

/**
 * Pages start React on the reader's first intent (lib/runtime-loader.mjs), so a reader can focus a field and type
 * before React hydrates it, and the browser can restore a field's text on going back. That text is in the DOM but
 * never reached state: hand it over once, when the component mounts, and say whether the field already has focus.
 */
export function useFieldBeforeHydration(
  ref: RefObject<HTMLInputElement | HTMLTextAreaElement | null>,
  { onValue, onFocused }: { onValue: (value: string) => void; onFocused?: () => void },
) {
  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    if (field.value !== "") onValue(field.value);
    if (document.activeElement === field) onFocused?.();
    // Once, at mount: later changes reach state through the field's own events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
