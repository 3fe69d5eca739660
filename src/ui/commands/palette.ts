/**
 * The command palette's entries: the registry's commands that need no arguments (marked
 * `palette`, or in the toolbar), and a few with fixed arguments (align left / top) or beside the
 * document (copy the selection, save the project).
 */
import { saveProjectFile } from '../document/project-file';
import { copySelection } from '../design/use-canvas-keys';
import { useApp, type AppState } from '../store';
import { execute } from './execute';
import { COMMAND_LIST } from './registry';
import type { CommandId } from './types';

export interface PaletteEntry {
  id: string;
  label: string;
  shortcuts?: string[];
  enabled(state: AppState): boolean;
  run(): void;
}

const hasSelection = (state: AppState) => state.selectedNodes.length > 0;

export function paletteEntries(): PaletteEntry[] {
  const commands: PaletteEntry[] = COMMAND_LIST.filter((c) => c.palette || c.toolbar).map((command) => ({
    id: command.id,
    label: command.label,
    ...(command.shortcuts ? { shortcuts: command.shortcuts } : {}),
    enabled: (state) => command.enabled(state) && (command.id !== 'delete-tables' || hasSelection(state)),
    run: () => void (execute as (id: CommandId) => boolean)(command.id),
  }));
  return [
    ...commands,
    { id: 'align-left', label: 'Align selected tables left', enabled: (s) => s.selectedNodes.length > 1, run: () => void execute('align-tables', { edge: 'left' }) },
    { id: 'align-top', label: 'Align selected tables top', enabled: (s) => s.selectedNodes.length > 1, run: () => void execute('align-tables', { edge: 'top' }) },
    { id: 'copy-tables', label: 'Copy selected tables', shortcuts: ['Mod+C'], enabled: hasSelection, run: () => void copySelection() },
    { id: 'save-project', label: 'Save project', shortcuts: ['Mod+S'], enabled: () => true, run: () => saveProjectFile() },
  ];
}

/**
 * "Go to" entries for the canvas's tables and views (node keys, `schema.name`): running one selects
 * the table and brings it into view, as choosing a finding does.
 */
export function tableEntries(keys: readonly string[]): PaletteEntry[] {
  return keys.map((key) => ({
    id: `table:${key}`,
    label: `Go to ${key.startsWith('public.') ? key.slice('public.'.length) : key}`,
    enabled: () => true,
    run: () => useApp.getState().focusOn(key),
  }));
}

/** Entries whose label has every word of `query` (any order, any case). */
export function filterEntries(entries: PaletteEntry[], query: string): PaletteEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => words.every((word) => entry.label.toLowerCase().includes(word)));
}

export function isEntryEnabled(entry: PaletteEntry): boolean {
  return entry.enabled(useApp.getState());
}
