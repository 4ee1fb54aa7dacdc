// Tells the parts of a tab that hold engine data that the browser's engine changed:
// the live stream re-opens on the new engine. Queries are invalidated by the chooser.

type Listener = () => void;
const listeners = new Set<Listener>();

export function onEngineChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function engineChanged(): void {
  for (const listener of [...listeners]) listener();
}
