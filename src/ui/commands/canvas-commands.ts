/**
 * Commands on what the canvas adds to the schema: pinned positions, groups (named, coloured
 * areas around tables; DBML's TableGroup) and sticky notes. They are part of the document, so
 * they are saved, shared and undone like any edit.
 */
import type { CanvasGroup, CanvasNote, SchemawiseDocument } from '../../core/document/types';
import { DesignError } from '../design/errors';
import type { AppState, XY } from '../store';
import type { Command } from './types';

export interface CanvasCommandArgs {
  /** Pins the nodes (the selection when none are given) or, when all are pinned, unpins them. */
  'toggle-pin': { ids?: string[] } | undefined;
  /** A group around the tables (the selection when none are given). */
  'create-group': { tables?: string[]; name?: string; color?: string } | undefined;
  'update-group': { id: string; name?: string; color?: string; tables?: string[] };
  'delete-group': { id: string };
  'add-note': { at: XY; text?: string };
  'update-note': { id: string; text?: string; at?: XY; size?: { width: number; height: number }; color?: string };
  'delete-note': { id: string };
}

export type CanvasCommandId = keyof CanvasCommandArgs;

/** Colours offered for groups and notes (the first unused is given to a new one). */
export const GROUP_COLORS = ['#3b82f6', '#10b981', '#f59e0b', '#ef4444', '#8b5cf6', '#ec4899', '#14b8a6', '#64748b'];
export const NOTE_COLORS = ['#fef3c7', '#dbeafe', '#dcfce7', '#fce7f3', '#ede9fe'];
export const NOTE_SIZE = { width: 220, height: 120 };

const HEX = /^#[0-9a-fA-F]{6}$/;
const always = () => true;

function selectionOf(state: AppState, ids?: string[]): string[] {
  return ids ?? (state.selectedNodes.length > 0 ? state.selectedNodes : state.selectedNode ? [state.selectedNode] : []);
}

function nextId(prefix: string, taken: { id: string }[]): string {
  const used = new Set(taken.map((item) => item.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new DesignError('A group needs a name.');
  if (trimmed.length > 200) throw new DesignError('A group name has at most 200 characters.');
  return trimmed;
}

function checkColor(color: string): string {
  if (!HEX.test(color)) throw new DesignError(`"${color}" is not a colour (#rrggbb).`);
  return color.toLowerCase();
}

function withGroup(document: SchemawiseDocument, id: string, change: (group: CanvasGroup) => CanvasGroup | undefined): SchemawiseDocument | undefined {
  const index = document.groups.findIndex((g) => g.id === id);
  if (index < 0) return undefined;
  const next = change(document.groups[index]!);
  if (next === document.groups[index]) return undefined;
  const groups = [...document.groups];
  if (next) groups[index] = next;
  else groups.splice(index, 1);
  return { ...document, groups };
}

function withNote(document: SchemawiseDocument, id: string, change: (note: CanvasNote) => CanvasNote | undefined): SchemawiseDocument | undefined {
  const index = document.notes.findIndex((n) => n.id === id);
  if (index < 0) return undefined;
  const next = change(document.notes[index]!);
  if (next === document.notes[index]) return undefined;
  const notes = [...document.notes];
  if (next) notes[index] = next;
  else notes.splice(index, 1);
  return { ...document, notes };
}

/**
 * Node ids follow a table's rename; a deleted table leaves its groups and pins (used by the
 * rename and delete commands).
 */
export function renameNodeRefs(document: SchemawiseDocument, from: string, to: string | undefined): Pick<SchemawiseDocument, 'pinned' | 'groups'> {
  const swap = (ids: string[]) => (to === undefined ? ids.filter((id) => id !== from) : ids.map((id) => (id === from ? to : id)));
  return {
    pinned: document.pinned.includes(from) ? swap(document.pinned) : document.pinned,
    groups: document.groups.some((g) => g.tables.includes(from)) ? document.groups.map((g) => (g.tables.includes(from) ? { ...g, tables: swap(g.tables) } : g)) : document.groups,
  };
}

export const CANVAS_COMMANDS: { [K in CanvasCommandId]: Command<K> } = {
  'toggle-pin': {
    id: 'toggle-pin',
    label: 'Pin position',
    palette: true,
    history: 'record',
    enabled: always,
    run: ({ document, ...state }, args) => {
      const ids = selectionOf(state as AppState, args?.ids).filter((id) => document.layout[id]);
      if (ids.length === 0) return undefined;
      const allPinned = ids.every((id) => document.pinned.includes(id));
      const pinned = allPinned ? document.pinned.filter((id) => !ids.includes(id)) : [...new Set([...document.pinned, ...ids])];
      return { ...document, pinned };
    },
  },
  'create-group': {
    id: 'create-group',
    label: 'Group selected tables',
    shortcuts: ['Mod+G'],
    palette: true,
    history: 'record',
    enabled: always,
    run: (state, args) => {
      const tables = selectionOf(state, args?.tables).filter((id) => state.document.layout[id]);
      if (tables.length === 0) throw new DesignError('Select the tables to group first (Shift-click or Shift-drag on the canvas).');
      const { document } = state;
      const id = nextId('g', document.groups);
      const used = new Set(document.groups.map((g) => g.color));
      const color = checkColor(args?.color ?? GROUP_COLORS.find((c) => !used.has(c)) ?? GROUP_COLORS[document.groups.length % GROUP_COLORS.length]!);
      // A table belongs to one group: it leaves any other (a group left empty goes).
      const others = document.groups
        .map((g) => (g.tables.some((t) => tables.includes(t)) ? { ...g, tables: g.tables.filter((t) => !tables.includes(t)) } : g))
        .filter((g) => g.tables.length > 0);
      const group: CanvasGroup = { id, name: checkName(args?.name ?? `Group ${document.groups.length + 1}`), color, tables };
      return { ...document, groups: [...others, group] };
    },
  },
  'update-group': {
    id: 'update-group',
    label: 'Change group',
    history: 'record',
    enabled: always,
    run: ({ document }, { id, name, color, tables }) =>
      withGroup(document, id, (group) => {
        const next = { ...group };
        if (name !== undefined) next.name = checkName(name);
        if (color !== undefined) next.color = checkColor(color);
        if (tables !== undefined) next.tables = [...new Set(tables)];
        return next.name === group.name && next.color === group.color && next.tables.join('\n') === group.tables.join('\n') ? group : next;
      }),
  },
  'delete-group': {
    id: 'delete-group',
    label: 'Delete group',
    history: 'record',
    enabled: always,
    run: ({ document }, { id }) => withGroup(document, id, () => undefined),
  },
  'add-note': {
    id: 'add-note',
    label: 'Add note',
    history: 'record',
    enabled: always,
    run: ({ document }, { at, text }) => {
      const note: CanvasNote = { id: nextId('n', document.notes), text: text ?? '', x: Math.round(at.x), y: Math.round(at.y), ...NOTE_SIZE, color: NOTE_COLORS[document.notes.length % NOTE_COLORS.length]! };
      return { ...document, notes: [...document.notes, note] };
    },
  },
  'update-note': {
    id: 'update-note',
    label: 'Change note',
    // Typing and dragging a note are many small changes: one undo step each.
    history: 'merge',
    enabled: always,
    run: ({ document }, { id, text, at, size, color }) =>
      withNote(document, id, (note) => {
        const next = { ...note };
        if (text !== undefined) {
          if (text.length > 10_000) throw new DesignError('A note has at most 10,000 characters.');
          next.text = text;
        }
        if (at) {
          next.x = Math.round(at.x);
          next.y = Math.round(at.y);
        }
        if (size) {
          if (!(size.width > 0 && size.height > 0)) throw new DesignError('A note needs a positive size.');
          next.width = Math.round(size.width);
          next.height = Math.round(size.height);
        }
        if (color !== undefined) next.color = checkColor(color);
        return JSON.stringify(next) === JSON.stringify(note) ? note : next;
      }),
  },
  'delete-note': {
    id: 'delete-note',
    label: 'Delete note',
    history: 'record',
    enabled: always,
    run: ({ document }, { id }) => withNote(document, id, () => undefined),
  },
};
