import { useApp } from '../store';
import { commitDocument } from '../store-document';
import { COMMANDS } from './registry';
import type { CommandArgs, CommandId } from './types';

type ArgsOf<K extends CommandId> = CommandArgs[K] extends undefined ? [] : [CommandArgs[K]];

/** Runs a command on the current state; true when the document changed. */
export function execute<K extends CommandId>(id: K, ...args: ArgsOf<K>): boolean {
  const command = COMMANDS[id];
  const state = useApp.getState();
  if (!command.enabled(state)) return false;
  const arg = args[0] as CommandArgs[K];
  const next = command.run(state, arg);
  const mode = typeof command.history === 'function' ? command.history(state, arg) : command.history;
  const result = commitDocument(state, next, mode, id, Date.now());
  if (!result) return false;
  useApp.setState(result);
  return true;
}
