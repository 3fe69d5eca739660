/**
 * A routine kept by both schemas. Its comment and privileges belong to its identity and change
 * on their own; a new result type or kind needs DROP and CREATE; anything else CREATE OR REPLACE
 * (or ALTER FUNCTION, which the planner picks when only attributes changed).
 */
import type { SchemaChange } from '../changes/types';
import type { RoutineDef } from '../model/types';
import { same } from './compare';
import { privilegeChange } from './privileges';
import { appendAll } from '../lib/arrays';

const IDENTITY = new Set(['source', 'owner', 'comment', 'privileges']);

function strip(routine: RoutineDef): RoutineDef {
  const { source: _source, ...rest } = routine;
  return rest;
}

export function diffRoutine(a: RoutineDef, b: RoutineDef): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const ref = { schema: b.schema, name: b.name, signature: b.signature };
  if (!same(a, b, IDENTITY)) {
    // CREATE OR REPLACE cannot change a function's result type or kind.
    if (a.returns !== b.returns || a.kind !== b.kind) {
      changes.push({ kind: 'drop-routine', routine: { schema: a.schema, name: a.name, signature: a.signature } }, { kind: 'add-routine', routine: strip(b) });
      return changes; // the new routine carries its comment and privileges
    }
    changes.push({ kind: 'replace-routine', routine: strip(b) });
  }
  if (a.comment !== b.comment) changes.push({ kind: 'set-comment', target: { kind: b.kind, ...ref }, comment: b.comment ?? null });
  appendAll(changes, privilegeChange({ kind: b.kind, ...ref }, 'function', a.privileges, b.privileges));
  return changes;
}
