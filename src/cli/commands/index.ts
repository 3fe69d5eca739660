/** The command registry: `schemawise --help` lists these, in this order. */
import type { Command } from '../command';
import { applyCommand } from './apply';
import { diffCommand } from './diff';
import { lintCommand } from './lint';
import { verifyCommand } from './verify';
import { modelCommand } from './model';

export const commands: readonly Command[] = [modelCommand, lintCommand, diffCommand, applyCommand, verifyCommand];

export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name);
}
