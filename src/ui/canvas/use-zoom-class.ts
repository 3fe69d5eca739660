/**
 * The canvas's zoom as CSS sees it: `--zoom` on the canvas element, and `is-far` when zoomed out
 * so far that a table's name would be under 8 px. The CSS then draws names larger (12 px on
 * screen whatever the zoom, over the table's body), so that the fitted view of a big schema can
 * still be read. Set on the element directly: zooming re-renders nothing.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';

/** Below this zoom a 13 px name is under 6 px on screen, the columns unreadable. */
export const FAR_ZOOM = 0.42;

export function useZoomClass(element: RefObject<HTMLElement | null>): void {
  const store = useStoreApi();
  useEffect(() => {
    let last = -1;
    const apply = (zoom: number) => {
      const el = element.current;
      if (!el || zoom === last) return;
      last = zoom;
      el.style.setProperty('--zoom', String(zoom));
      el.classList.toggle('is-far', zoom < FAR_ZOOM);
    };
    apply(store.getState().transform[2]);
    return store.subscribe((state) => apply(state.transform[2]));
  }, [store, element]);
}
