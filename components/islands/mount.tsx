// Mounts a React island on its static markup (see ./static-island.ts): the build rendered the same component into
// [data-island="name"] with its props in data-props, so the page reads and looks right before this runs.
//
// The first render runs as a transition, so React renders it in slices between which the browser stays free to
// paint and take input: a slow phone sees no long task from the mount. Should the reader type, paste or click into
// the static markup before that render is on screen (or before this runs), the mount is finished at once, inside
// that event, with the markup's state as it is now: nothing is lost, and it is answered without waiting.
import type { ComponentType, ReactNode } from "react";
import { startTransition, useLayoutEffect } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { type IslandStart, StaticIsland } from "./static-island";

/** Tells the static island, in the commit that puts the component on screen, that it has been replaced. */
function OnScreen({ island, children }: { island: StaticIsland; children: ReactNode }) {
  useLayoutEffect(() => island.mounted(), [island]);
  return children;
}

export function mountOn<P extends object>(island: StaticIsland, Component: ComponentType<P & { start: IslandStart }>, props: P) {
  const root = createRoot(island.container);
  const render = () =>
    root.render(
      <OnScreen island={island}>
        <Component {...props} start={island.start()} />
      </OnScreen>,
    );
  island.onUse = () => flushSync(render);
  // A reader who has typed, pasted or clicked already is waiting for the answer: render at once.
  if (island.used()) flushSync(render);
  else startTransition(render);
}

/** Mounts every [data-island="name"] of the page now. */
export function mountIsland<P extends object>(name: string, Component: ComponentType<P & { start: IslandStart }>) {
  for (const container of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    const island = new StaticIsland(container);
    mountOn(island, Component, island.props<P>());
  }
}
