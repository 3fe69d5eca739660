/**
 * The design commands: every edit made on the canvas or in the inspector. Each one plans
 * SchemaChanges against the schema as designed (design/target.ts) and appends them to the
 * document's edits, so findings and the migration follow, and undo takes them back. Invalid
 * input is refused with a DesignError whose message the user sees.
 */
import type { SchemaChange } from '../../core/changes';
import { createDocument, type SchemawiseDocument } from '../../core/document/types';
import { keyOf, type Schema } from '../../core/model';
import { heldClipboard, pasteTables } from '../design/clipboard';
import { addColumn, alterColumn, dropColumn, moveColumn, renameColumn, setColumnCheck, setColumnUnique, setPrimaryKey } from '../design/columns';
import { addCheck, addIndex, dropConstraint, dropIndex, setComment } from '../design/constraints';
import { addEnumValue, createEnum } from '../design/enums';
import { addForeignKey, alterForeignKey } from '../design/foreign-keys';
import { createTable, deleteNodes, newTableName, renameTable } from '../design/tables';
import { currentTarget } from '../design/target';
import { canvasView, freeRect, freeSpot, type Rect } from '../design/viewport';
import { NODE_WIDTH, nodeHeight } from '../canvas/metrics';
import type { AppState, XY } from '../store';
import type { DesignCommandArgs, DesignCommandId } from './design-types';
import { renameNodeRefs } from './canvas-commands';
import type { Command, CommandArgs } from './types';
import { minOf } from '../../core/lib/arrays';

const always = () => true;

function withEdits(document: SchemawiseDocument, changes: SchemaChange[], layout?: Record<string, XY>): SchemawiseDocument | undefined {
  if (changes.length === 0) return undefined;
  return { ...document, edits: [...document.edits, ...changes], ...(layout ? { layout } : {}) };
}

/** A command that plans changes on the target and appends them. */
function edit<K extends DesignCommandId>(id: K, label: string, plan: (schema: Schema, args: CommandArgs[K]) => SchemaChange[]): Command<K> {
  return {
    id,
    label,
    history: 'record',
    enabled: always,
    run: (state, args) => withEdits(state.document, plan(currentTarget(state.document), args)),
  };
}

/** The selected node ids, the given ones first. */
function selectionOf(state: AppState, ids?: string[]): string[] {
  return ids ?? (state.selectedNodes.length > 0 ? state.selectedNodes : state.selectedNode ? [state.selectedNode] : []);
}

/** The layout's nodes as rectangles of a default table's size (when the canvas cannot say). */
function placedRects(layout: Record<string, XY>): Rect[] {
  return Object.values(layout).map(({ x, y }) => ({ x, y, width: NODE_WIDTH, height: nodeHeight(4, false) }));
}

function roundXY({ x, y }: XY): XY {
  return { x: Math.round(x), y: Math.round(y) };
}

export const DESIGN_COMMANDS: { [K in DesignCommandId]: Command<K> } = {
  'new-document': {
    id: 'new-document',
    opens: true,
    label: 'New empty schema',
    palette: true,
    history: 'record',
    enabled: always,
    run: (state) => ({ ...createDocument('', 'untitled.sql'), ...(state.document.ruleConfig ? { ruleConfig: state.document.ruleConfig } : {}) }),
  },
  'create-table': {
    id: 'create-table',
    label: 'New table',
    palette: true,
    history: 'record',
    enabled: always,
    run: (state, args) => {
      const schema = currentTarget(state.document);
      const schemaName = args?.schema ?? 'public';
      const { changes, table } = createTable(schema, args?.name ?? newTableName(schema, schemaName), schemaName);
      // Where it was asked for (a double-click), else the middle of the view; in both cases the
      // nearest spot where it covers no table.
      const view = canvasView();
      const at = args?.at ?? view?.center;
      const size = { width: NODE_WIDTH, height: nodeHeight(table.columns.length, false) };
      const layout = at ? { ...state.document.layout, [keyOf(table)]: roundXY(freeRect(at, size, view?.occupied ?? placedRects(state.document.layout))) } : undefined;
      return withEdits(state.document, changes, layout);
    },
    selection: (_args, added) => added,
  },
  'rename-table': {
    id: 'rename-table',
    label: 'Rename table',
    history: 'record',
    enabled: always,
    // The node keeps its place (positions are kept by node id, which is the table's name).
    run: (state, { table, name }) => {
      const changes = renameTable(currentTarget(state.document), table, name);
      const from = keyOf(table);
      const to = keyOf({ schema: table.schema, name });
      const at = state.document.layout[from];
      if (!at || from === to) return withEdits(state.document, changes);
      const { [from]: _old, ...layout } = state.document.layout;
      // Its pin and its groups follow the new name too.
      const renamed = withEdits({ ...state.document, ...renameNodeRefs(state.document, from, to) }, changes, { ...layout, [to]: at });
      return renamed;
    },
    selection: ({ table, name }, _added, current) => {
      const from = keyOf(table);
      return current.includes(from) ? current.map((id) => (id === from ? keyOf({ schema: table.schema, name }) : id)) : undefined;
    },
  },
  'delete-tables': {
    id: 'delete-tables',
    label: 'Delete selected tables',
    palette: true,
    history: 'record',
    // Always enabled: a caller may name the nodes (the run does nothing when none are given or selected).
    enabled: always,
    run: (state, args) => {
      const ids = selectionOf(state, args?.ids);
      if (ids.length === 0) return undefined;
      const { changes, deleted } = deleteNodes(currentTarget(state.document), ids);
      const layout = { ...state.document.layout };
      let document = state.document;
      for (const id of deleted) {
        delete layout[id];
        document = { ...document, ...renameNodeRefs(document, id, undefined) };
      }
      return withEdits(document, changes, layout);
    },
    selection: () => [],
  },
  'paste-tables': {
    id: 'paste-tables',
    label: 'Paste tables',
    palette: true,
    history: 'record',
    enabled: (_state) => heldClipboard() !== undefined,
    run: (state, args) => {
      const clipboard = args?.clipboard ?? heldClipboard();
      if (!clipboard) return undefined;
      const { changes, positions } = pasteTables(currentTarget(state.document), clipboard);
      const layout: Record<string, XY> = { ...state.document.layout };
      for (const [key, at] of Object.entries(positions)) layout[key] = roundXY(freeSpot(at, layout));
      return withEdits(state.document, changes, layout);
    },
    selection: (_args, added) => added,
  },
  'align-tables': {
    id: 'align-tables',
    label: 'Align tables',
    history: 'record',
    enabled: always,
    run: (state, { edge, ids }) => {
      const layout = state.document.layout;
      const placed = selectionOf(state, ids).filter((id) => layout[id]);
      if (placed.length < 2) return undefined;
      const line = minOf(placed.map((id) => (edge === 'left' ? layout[id]!.x : layout[id]!.y)));
      const next = { ...layout };
      let moved = false;
      for (const id of placed) {
        const at = layout[id]!;
        const aligned = edge === 'left' ? { x: line, y: at.y } : { x: at.x, y: line };
        if (aligned.x !== at.x || aligned.y !== at.y) moved = true;
        next[id] = aligned;
      }
      return moved ? { ...state.document, layout: next } : undefined;
    },
  },
  'add-column': edit('add-column', 'Add column', (schema, { table, name, type, notNull }) => addColumn(schema, table, name, type, notNull)),
  'rename-column': edit('rename-column', 'Rename column', (schema, { table, column, name }) => renameColumn(schema, table, column, name)),
  'move-column': edit('move-column', 'Move column', (schema, { table, column, delta }) => moveColumn(schema, table, column, delta)),
  'alter-column': edit('alter-column', 'Change column', (schema, { table, column, set }) => alterColumn(schema, table, column, set)),
  'drop-column': edit('drop-column', 'Delete column', (schema, { table, column }) => dropColumn(schema, table, column)),
  'set-column-unique': edit('set-column-unique', 'Column unique', (schema, { table, column, unique }) => setColumnUnique(schema, table, column, unique)),
  'set-column-check': edit('set-column-check', 'Column check', (schema, { table, column, expression }) => setColumnCheck(schema, table, column, expression)),
  'set-primary-key': edit('set-primary-key', 'Set primary key', (schema, { table, columns }) => setPrimaryKey(schema, table, columns)),
  'add-check': edit('add-check', 'Add check', (schema, { table, expression, name }) => addCheck(schema, table, expression, name)),
  'drop-constraint': edit('drop-constraint', 'Delete constraint', (schema, { table, name }) => dropConstraint(schema, table, name)),
  'add-index': edit('add-index', 'Add index', (schema, { table, ...draft }) => addIndex(schema, table, draft)),
  'drop-index': edit('drop-index', 'Delete index', (schema, { table, name }) => dropIndex(schema, table, name)),
  'set-comment': edit('set-comment', 'Comment', (schema, { table, column, comment }) => setComment(schema, table, column, comment)),
  'add-foreign-key': edit('add-foreign-key', 'Add foreign key', (schema, draft) => addForeignKey(schema, draft)),
  'alter-foreign-key': edit('alter-foreign-key', 'Change foreign key', (schema, { table, name, set }) => alterForeignKey(schema, table, name, set)),
  'create-enum': edit('create-enum', 'Create enum', (schema, { name, values, schema: schemaName }) => createEnum(schema, name, values, schemaName)),
  'add-enum-value': edit('add-enum-value', 'Add enum value', (schema, { type, value }) => addEnumValue(schema, type, value)),
};
