import { keyOf } from '../../core/model';
import { DesignError } from '../design/errors';
import { documentOpened } from '../document/session-store';
import { commitToStore, useApp } from '../store';
import { commitDocument } from '../store-document';
import { COMMANDS } from './registry';
import type { CommandArgs, CommandId } from './types';

/** Commands whose arguments may be left out (those taking nothing, or something optional). */
type ArgsOf<K extends CommandId> = undefined extends CommandArgs[K] ? [CommandArgs[K]?] : [CommandArgs[K]];

export interface Outcome {
  /** The document changed. */
  changed: boolean;
  /** Why the command refused its input (a DesignError's message). */
  error?: string;
}

/** Node ids of the tables `next` adds with add-table edits beyond `previous`. */
function addedTables(previous: readonly unknown[], next: readonly { kind: string; table?: unknown }[]): string[] {
  const out: string[] = [];
  for (const change of next.slice(previous.length)) {
    if (change.kind === 'add-table') out.push(keyOf(change.table as { schema: string; name: string }));
  }
  return out;
}

/** Runs a command on the current state; says whether the document changed, or why not. */
export function attempt<K extends CommandId>(id: K, ...args: ArgsOf<K>): Outcome {
  const command = COMMANDS[id];
  const state = useApp.getState();
  if (!command.enabled(state)) return { changed: false };
  const arg = args[0] as CommandArgs[K];
  let next;
  try {
    next = command.run(state, arg);
  } catch (error) {
    if (error instanceof DesignError) return { changed: false, error: error.message };
    throw error;
  }
  const mode = typeof command.history === 'function' ? command.history(state, arg) : command.history;
  const result = commitDocument(state, next, mode, id, Date.now(), command.opens);
  if (!result) return { changed: false };
  // Before the store changes: the document open so far is saved in its slot, the new one gets its own.
  if (command.opens) documentOpened();
  commitToStore(result);
  const added = addedTables(state.document.edits, result.document.edits);
  const selection = command.selection?.(arg, added, useApp.getState().selectedNodes);
  if (selection) useApp.getState().setSelection(selection);
  // One table just made: its Table tab opens, to name it and add columns (whichever tab was open).
  if (selection?.length === 1 && added.length === 1 && selection[0] === added[0]) useApp.getState().setSidebarTab('table');
  return { changed: true };
}

/** Runs a command; true when the document changed. A refusal is shown in the notice bar. */
export function execute<K extends CommandId>(id: K, ...args: ArgsOf<K>): boolean {
  const outcome = attempt(id, ...args); // bounded: a command's own arguments
  if (outcome.error) useApp.getState().notify('error', outcome.error);
  return outcome.changed;
}
