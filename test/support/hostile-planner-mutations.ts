/**
 * The changes of a hostile case that make the planner write statements beyond plain DDL
 * (issue 17's positions): a USING cast, dependants dropped and created again around a column's
 * new type (views, policies, triggers, generated columns), an enum created anew behind its DO
 * guard, identity options, owned sequences (serial), a generated column's new expression (a
 * squawk-ignore line), a view that cannot be replaced in place. Each keeps schema B a schema
 * Postgres accepts, so the runnable cases can run it.
 */
import { qualifiedKey } from '../../src/core/model';
import type { Column, Schema, Table } from '../../src/core/model';
import { ident, lit } from './hostile-quote';
import type { Namer } from './hostile-schema';

export const PLANNER_MUTATIONS = [
  'retype-free-column', 'retype-used-column', 'drop-enum-value', 'identity-options', 'identity-to-serial', 'id-to-serial',
  'change-generated', 'redefine-view',
] as const;
export type PlannerMutation = (typeof PLANNER_MUTATIONS)[number];

export interface PlannerRefs {
  ns: string;
  enumKey?: string;
  viewKey?: string;
  /** The table each change applies to, the first table (views read it), and its free column. */
  table: Table;
  first: Table;
  free?: Column;
}

/** `nextval('schema.sequence')` as Postgres keeps a serial column's default. */
function nextval(ns: string, sequence: string): string {
  return `nextval(CAST(${lit(`${ident(ns)}.${ident(sequence)}`)} AS regclass))`;
}

/** A sequence owned by the column, which takes its values from it (what serial makes). */
function makeSerial(schema: Schema, table: Table, column: Column, dataType: string, n: Namer): void {
  const name = n.name();
  schema.sequences[qualifiedKey(table.schema, name)] = {
    schema: table.schema, name, options: { dataType }, unlogged: false, ownedBy: { table: { schema: table.schema, name: table.name }, column: column.name }, comment: n.text(),
  };
  column.default = nextval(table.schema, name);
}

/** The default a column of this type takes in a case (a string for text, a number otherwise). */
export function defaultFor(column: Column, n: Namer): string {
  return column.type.name === 'text' ? lit(n.text()) : '7';
}

export function plannerMutation(m: PlannerMutation, schema: Schema, refs: PlannerRefs, n: Namer): void {
  const { table: t, first } = refs;
  switch (m) {
    case 'retype-free-column':
      // text -> integer: a USING cast, and the (text) default replaced.
      if (refs.free && refs.free.type.name === 'text') {
        refs.free.type = { name: 'integer', modifiers: [], arrayDims: 0 };
        refs.free.default = '0';
      }
      break;
    case 'retype-used-column':
      // varchar -> text under the view, policy, trigger, generated column, check and indexes
      // that read it: Postgres refuses the ALTER while views, policies, triggers or generated
      // columns use the column, so the planner drops and creates them again around it.
      first.columns[1]!.type = { name: 'text', modifiers: [], arrayDims: 0 };
      break;
    case 'drop-enum-value': {
      // A lost label: the enum is created anew, behind a DO block naming the columns and labels.
      const e = refs.enumKey ? schema.types[refs.enumKey] : undefined;
      if (e?.kind === 'enum' && e.values.length > 1) e.values.splice(e.values.length - 1, 1);
      break;
    }
    case 'identity-options': {
      const c = t.columns.find((x) => x.identity);
      if (c?.identity) c.identity = { ...c.identity, sequenceOptions: { ...c.identity.sequenceOptions, increment: '7', maxValue: '900000000', cycle: true } };
      break;
    }
    case 'identity-to-serial': {
      const c = t.columns.find((x) => x.identity);
      if (c) {
        delete c.identity;
        makeSerial(schema, t, c, 'bigint', n);
      }
      break;
    }
    case 'id-to-serial': {
      const id = t.columns[0]!;
      if (id.default === undefined && !id.identity) makeSerial(schema, t, id, 'integer', n);
      break;
    }
    case 'change-generated': {
      const c = t.columns.find((x) => x.generated);
      if (c?.generated) c.generated = { ...c.generated, expression: `(${c.generated.expression} || ${lit(n.text())})` };
      break;
    }
    case 'redefine-view': {
      // Its first output column computed otherwise: not a replacement in place.
      const v = refs.viewKey ? schema.views[refs.viewKey] : undefined;
      if (v) v.query = `SELECT upper((${ident(first.columns[1]!.name)})::text) FROM ${ident(refs.ns)}.${ident(first.name)} WHERE ${ident(first.columns[1]!.name)} <> ${lit(n.text())}`;
      break;
    }
  }
}

/** Sequences owned by a table follow it when it is renamed or dropped, as in Postgres. */
export function ownedSequencesFollow(schema: Schema, table: { schema: string; name: string }, change: { newName?: string; column?: [string, string]; dropped?: boolean }): void {
  for (const [key, seq] of Object.entries(schema.sequences)) {
    const owner = seq.ownedBy;
    if (!owner || owner.table.schema !== table.schema || owner.table.name !== table.name) continue;
    if (change.dropped) delete schema.sequences[key];
    else if (change.newName) seq.ownedBy = { ...owner, table: { ...owner.table, name: change.newName } };
    else if (change.column && owner.column === change.column[0]) seq.ownedBy = { ...owner, column: change.column[1] };
  }
}
