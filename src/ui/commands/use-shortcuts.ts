import { useEffect, useRef } from 'react';
import { useApp } from '../store';
import { ACTIONS, type Action } from './actions';
import { execute } from './execute';
import { COMMAND_LIST } from './registry';
import { isEditableTarget, matchesShortcut } from './shortcuts';

/**
 * The registry's shortcuts on the whole page. Document shortcuts (undo, redo) leave text fields
 * and the SQL editor alone: those have an undo of their own.
 */
export function useCommandShortcuts(perform: (id: Action['id']) => void): void {
  const latest = useRef(perform);
  latest.current = perform;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const editable = isEditableTarget(event.target);
      for (const action of Object.values(ACTIONS)) {
        if ((action.global || !editable) && action.shortcuts?.some((s) => matchesShortcut(event, s))) {
          event.preventDefault();
          if (action.enabled(useApp.getState())) latest.current(action.id);
          return;
        }
      }
      if (editable) return;
      for (const command of COMMAND_LIST) {
        if (command.shortcuts?.some((s) => matchesShortcut(event, s))) {
          event.preventDefault();
          execute(command.id as 'undo' | 'redo');
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
