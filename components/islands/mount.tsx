// Mounts a React island on its static markup: the server rendered the same component into [data-island="name"]
// (with its props in data-props), so the page reads and looks right before this runs, and nothing is lost: text typed
// or pasted into the static fields before is read from them and handed to the component.
import type { ComponentType } from "react";
import { createRoot } from "react-dom/client";

export interface IslandStart {
  /** The values of the island's named fields when it mounted, e.g. { response: "…" }. */
  fields: Record<string, string>;
  /** The field that had focus, to give it back once mounted. */
  focused?: string;
}

export function mountIsland<P extends object>(name: string, Component: ComponentType<P & { start: IslandStart }>) {
  for (const container of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    const props = JSON.parse(container.dataset.props ?? "{}") as P;
    const fields: Record<string, string> = {};
    let focused: string | undefined;
    for (const field of container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-field]")) {
      const key = field.dataset.field ?? "";
      fields[key] = field.value;
      if (document.activeElement === field) focused = key;
    }
    createRoot(container).render(<Component {...props} start={{ fields, ...(focused ? { focused } : {}) }} />);
  }
}
