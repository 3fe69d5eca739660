/**
 * The table under the pointer, for the lines layer only (edges.tsx draws its lines highlighted):
 * a small store outside React's state, so that moving the pointer across the canvas re-renders
 * the lines whose highlight changed and nothing else (not the canvas and its hundreds of nodes).
 */
export interface HoverStore {
  get(): string | undefined;
  set(id: string | undefined): void;
  subscribe(listener: () => void): () => void;
}

export function createHoverStore(): HoverStore {
  let hovered: string | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => hovered,
    set(id) {
      if (id === hovered) return;
      hovered = id;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
