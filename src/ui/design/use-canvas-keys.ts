/**
 * Keys for the canvas selection: Delete / Backspace delete the selected tables, Ctrl/Cmd+C copies
 * them, Ctrl/Cmd+V pastes copies. Only while the focus is on the canvas (or nowhere in
 * particular): keys typed in the editor, the inspector or any field stay theirs.
 */
import { useEffect, type RefObject } from 'react';
import { execute } from '../commands/execute';
import { isEditableTarget, matchesShortcut } from '../commands/shortcuts';
import { useApp } from '../store';
import { copyTables, heldClipboard, holdClipboard } from './clipboard';
import { currentTarget } from './target';

function onCanvas(target: EventTarget | null, canvas: HTMLElement | null): boolean {
  if (isEditableTarget(target)) return false;
  return target === document.body || target === document.documentElement || (!!canvas && target instanceof Node && canvas.contains(target));
}

/** Copies the selected tables to the canvas clipboard; false when none is selected. */
export function copySelection(): boolean {
  const state = useApp.getState();
  const clipboard = copyTables(currentTarget(state.document), state.selectedNodes, state.document.layout);
  if (!clipboard) return false;
  holdClipboard(clipboard);
  state.notify('info', `Copied ${clipboard.tables.length} ${clipboard.tables.length === 1 ? 'table' : 'tables'}: paste with Ctrl/Cmd+V.`);
  return true;
}

export function useCanvasKeys(canvas: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || !onCanvas(event.target, canvas.current)) return;
      // Text selected on the page is the user's to copy.
      const textSelected = (globalThis.getSelection?.()?.toString() ?? '') !== '';
      if ((event.key === 'Delete' || event.key === 'Backspace') && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (useApp.getState().selectedNodes.length === 0) return;
        event.preventDefault();
        execute('delete-tables');
      } else if (matchesShortcut(event, 'Mod+C') && !textSelected) {
        if (copySelection()) event.preventDefault();
      } else if (matchesShortcut(event, 'Mod+V') && heldClipboard()) {
        event.preventDefault();
        execute('paste-tables');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canvas]);
}
