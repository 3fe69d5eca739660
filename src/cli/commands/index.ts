/** The command registry: `schemawise --help` lists these, in this order. */
import type { Command } from '../command';
import { lintCommand } from './lint';
import { modelCommand } from './model';

export const commands: readonly Command[] = [modelCommand, lintCommand];

export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name);
}
