/** The one registry of document commands. Every change to the document is one of these. */
import { createDocument, samePatternTarget, type SchemawiseDocument } from '../../core/document/types';
import type { AppState, XY } from '../store';
import { sampleDocument } from '../store-document';
import { CANVAS_COMMANDS } from './canvas-commands';
import { DESIGN_COMMANDS } from './design-commands';
import type { Command, CommandArgs, CommandId } from './types';
// Not from core/sql's index: it reaches the parser (libpg-query), which only the workers load.
import { DEFAULT_PG_VERSION } from '../../core/sql/versions';

const always = () => true;

function roundPositions(positions: Record<string, XY>): Record<string, XY> {
  const out: Record<string, XY> = {};
  for (const [id, { x, y }] of Object.entries(positions)) out[id] = { x: Math.round(x), y: Math.round(y) };
  return out;
}

function sameLayout(a: Record<string, XY>, b: Record<string, XY>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => b[key] !== undefined && a[key]!.x === b[key]!.x && a[key]!.y === b[key]!.y);
}

function withLayout(doc: SchemawiseDocument, positions: Record<string, XY>, replace: boolean): SchemawiseDocument | undefined {
  const rounded = roundPositions(positions);
  const layout = replace ? rounded : { ...doc.layout, ...rounded };
  return sameLayout(layout, doc.layout) ? undefined : { ...doc, layout };
}

export const COMMANDS: { [K in CommandId]: Command<K> } = {
  ...DESIGN_COMMANDS,
  ...CANVAS_COMMANDS,
  'replace-source': {
    id: 'replace-source',
    opens: true,
    label: 'Open SQL',
    history: 'record',
    enabled: always,
    run: (state, { sql, name }) => ({ ...createDocument(sql, name), ...(state.document.ruleConfig ? { ruleConfig: state.document.ruleConfig } : {}) }),
  },
  'edit-source': {
    id: 'edit-source',
    label: 'Edit SQL',
    history: 'merge',
    enabled: always,
    run: ({ document, documentKey, sourceRevision }, { sql, basis }) => {
      if (basis && (basis.documentKey !== documentKey || basis.sourceRevision !== sourceRevision)) return undefined;
      return sql === document.sourceSql ? undefined : { ...document, sourceSql: sql };
    },
  },
  'open-document': {
    id: 'open-document',
    opens: true,
    label: 'Open project',
    history: 'record',
    enabled: always,
    run: (_state, { document }) => document,
  },
  'apply-fix': {
    id: 'apply-fix',
    label: 'Apply fix',
    history: 'record',
    enabled: always,
    run: ({ document }, { fix }) => {
      if (fix.kind === 'changes') return fix.changes.length === 0 ? undefined : { ...document, edits: [...document.edits, ...fix.changes] };
      const application = { pattern: fix.pattern, target: fix.target, ...(fix.params ? { params: fix.params } : {}) };
      if (document.patterns.some((p) => samePatternTarget(p, application))) return undefined;
      return { ...document, patterns: [...document.patterns, application] };
    },
  },
  'toggle-pattern': {
    id: 'toggle-pattern',
    label: 'Toggle pattern',
    history: 'record',
    enabled: always,
    run: ({ document }, application) => {
      const on = document.patterns.some((p) => samePatternTarget(p, application));
      return {
        ...document,
        patterns: on ? document.patterns.filter((p) => !samePatternTarget(p, application)) : [...document.patterns, application],
      };
    },
  },
  'set-pattern-params': {
    id: 'set-pattern-params',
    label: 'Change pattern settings',
    history: 'record',
    enabled: always,
    run: ({ document }, application) => {
      const index = document.patterns.findIndex((p) => samePatternTarget(p, application));
      if (index < 0) return undefined;
      const patterns = [...document.patterns];
      patterns[index] = { ...patterns[index]!, params: application.params };
      return { ...document, patterns };
    },
  },
  'set-layout': {
    id: 'set-layout',
    label: 'Move tables',
    // Placing nodes that had no position (a first layout, tables just added) is not a step of
    // its own; moving tables the user saw is, with a drag's many moves joined into one.
    // Room made for a table that grew (`follow`) goes with the change that made it grow.
    history: ({ document }, { positions, follow }) => (follow || Object.keys(positions).every((id) => !document.layout[id]) ? 'amend' : 'merge'),
    enabled: always,
    run: ({ document }, { positions, replace }) => withLayout(document, positions, replace ?? false),
  },
  'set-strict-schemas': {
    id: 'set-strict-schemas',
    label: 'Read schemas strictly',
    history: 'record',
    enabled: always,
    run: ({ document }, { strict }) => {
      if (Boolean(document.importOptions?.strictSchemas) === strict) return undefined;
      const { importOptions: _old, ...rest } = document;
      return strict ? { ...rest, importOptions: { strictSchemas: true } } : rest;
    },
  },
  'set-pg-version': {
    id: 'set-pg-version',
    label: 'Plan migrations for a Postgres version',
    history: 'record',
    enabled: always,
    run: ({ document }, { version }) => ((document.pgVersion ?? DEFAULT_PG_VERSION) === version ? undefined : { ...document, pgVersion: version }),
  },
  'reset-sample': {
    id: 'reset-sample',
    opens: true,
    label: 'Load sample',
    toolbar: true,
    history: 'record',
    enabled: always,
    run: () => sampleDocument(),
  },
  undo: {
    id: 'undo',
    label: 'Undo',
    shortcuts: ['Mod+Z'],
    toolbar: true,
    history: 'undo',
    enabled: (state: AppState) => state.history.past.length > 0,
    run: () => undefined,
  },
  redo: {
    id: 'redo',
    label: 'Redo',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    toolbar: true,
    history: 'redo',
    enabled: (state: AppState) => state.history.future.length > 0,
    run: () => undefined,
  },
};

export const COMMAND_LIST: Command[] = Object.values(COMMANDS) as Command[];

export type { CommandArgs };
