// Where a React island mounts: the component is rendered here at build time (so the page reads right before any
// script runs), and scripts/postbuild/islands.mjs loads the island named `name`, which mounts the same component
// with the same props (components/islands/mount.tsx, components/islands/static-island.ts). Props must be plain JSON.
export function Island({ name, props, children }: { name: string; props: object; children: React.ReactNode }) {
  return (
    <div data-island={name} data-props={JSON.stringify(props)}>
      {children}
    </div>
  );
}
