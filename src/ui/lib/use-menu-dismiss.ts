/**
 * A drop-down menu made of `<details>` closes the way menus do: Escape (focus back on its
 * button), a click or tap anywhere outside it, and another document being loaded (a file
 * opened or dropped, a project, the sample), whose menu it no longer is.
 */
import { useCallback } from 'react';
import { useApp } from '../store';

/** A ref callback for the `<details>` element (React 19 runs its returned cleanup on unmount). */
export function useMenuDismiss(): (menu: HTMLDetailsElement | null) => (() => void) | undefined {
  return useCallback((menu: HTMLDetailsElement | null) => {
    if (!menu) return undefined;
    const close = () => {
      if (menu.open) menu.open = false;
    };
    const onPointerDown = (event: PointerEvent) => {
      if (menu.open && !menu.contains(event.target as Node)) close();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !menu.open) return;
      event.stopPropagation();
      close();
      menu.querySelector<HTMLElement>('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    menu.addEventListener('keydown', onKeyDown);
    const unsubscribe = useApp.subscribe((state, previous) => {
      if (state.documentKey !== previous.documentKey) close();
    });
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      menu.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
