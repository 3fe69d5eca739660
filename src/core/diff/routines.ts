/**
 * A routine kept by both schemas. Its comment and privileges belong to its identity and change
 * on their own; what CREATE OR REPLACE cannot change (result type, kind, input parameter names,
 * defaults removed) needs DROP and CREATE; anything else CREATE OR REPLACE
 * (or ALTER FUNCTION, which the planner picks when only attributes changed).
 */
import type { SchemaChange } from '../changes/types';
import type { FunctionArgument, RoutineDef } from '../model/types';
import { same } from './compare';
import { privilegeChange } from './privileges';
import { appendAll } from '../lib/arrays';

const IDENTITY = new Set(['source', 'owner', 'comment', 'privileges']);

function strip(routine: RoutineDef): RoutineDef {
  const { source: _source, ...rest } = routine;
  return rest;
}

const INPUT = new Set<FunctionArgument['mode']>(['in', 'inout', 'variadic']);
const OUTPUT = new Set<FunctionArgument['mode']>(['out', 'inout', 'table']);

/**
 * What CREATE OR REPLACE can do to an existing routine (Postgres's ProcedureCreate refuses the
 * rest): not change its result type (OUT and TABLE columns included) or kind, not rename an input
 * parameter (naming an unnamed one is allowed), not remove parameter defaults.
 */
function replaceable(a: RoutineDef, b: RoutineDef): boolean {
  if (a.returns !== b.returns || a.kind !== b.kind) return false;
  const outputs = (r: RoutineDef) => r.arguments.filter((x) => OUTPUT.has(x.mode)).map((x) => ({ name: x.name, type: x.type }));
  if (!same(outputs(a), outputs(b))) return false;
  const inputsA = a.arguments.filter((x) => INPUT.has(x.mode));
  const inputsB = b.arguments.filter((x) => INPUT.has(x.mode));
  if (inputsA.some((x, i) => x.name && x.name !== inputsB[i]?.name)) return false;
  const defaults = (inputs: FunctionArgument[]) => inputs.filter((x) => x.default !== undefined).length;
  return defaults(inputsB) >= defaults(inputsA);
}

export function diffRoutine(a: RoutineDef, b: RoutineDef): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const ref = { schema: b.schema, name: b.name, signature: b.signature };
  if (!same(a, b, IDENTITY)) {
    // Both ways: the down migration undoes a CREATE OR REPLACE with another.
    if (!replaceable(a, b) || !replaceable(b, a)) {
      changes.push({ kind: 'drop-routine', routine: { schema: a.schema, name: a.name, signature: a.signature } }, { kind: 'add-routine', routine: strip(b) });
      return changes; // the new routine carries its comment and privileges
    }
    changes.push({ kind: 'replace-routine', routine: strip(b) });
  }
  if (a.comment !== b.comment) changes.push({ kind: 'set-comment', target: { kind: b.kind, ...ref }, comment: b.comment ?? null });
  appendAll(changes, privilegeChange({ kind: b.kind, ...ref }, 'function', a.privileges, b.privileges));
  return changes;
}
