/**
 * Identity and generated columns changed in place. Order matters: an identity column is NOT NULL
 * by definition, so its identity goes before its NOT NULL can (DROP IDENTITY first), and a
 * column becomes identity only once it is NOT NULL (ADD ... AS IDENTITY last). A column that
 * becomes identity on a table with rows gets its sequence moved past the existing values.
 *
 * Generated expressions: `SET EXPRESSION` (Postgres 17) for a new expression, `DROP EXPRESSION`
 * (13) to keep the values as a plain column. A plain column cannot become generated in place,
 * nor can 13-16 change an expression: the planner rebuilds the column (expand.ts).
 */
import { numberSql, quoteIdent, quoteLiteral, quoteQualified, sqlFragment } from './safe-text';
import type { Column, QualifiedName, SequenceOptions } from '../model/types';
import type { PlannedStatement } from './plan-types';
import { statement } from './plan-statement';
import { columnSql, sequenceOptionsSql } from './print-parts';

type Identity = NonNullable<Column['identity']>;

const kindSql = (identity: Identity) => (identity.kind === 'always' ? 'ALWAYS' : 'BY DEFAULT');

/** `SET INCREMENT BY 10 SET START WITH 5 ...` from `from` to `to`; options `to` leaves out return to their defaults. */
function identityOptionChanges(from: SequenceOptions, to: SequenceOptions): string[] {
  const out: string[] = [];
  const ascending = Number(to.increment ?? 1) > 0;
  if (from.increment !== to.increment) out.push(`SET INCREMENT BY ${numberSql(to.increment ?? '1', 'an identity increment')}`);
  if (from.minValue !== to.minValue) out.push(to.minValue === undefined || to.minValue === null ? 'SET NO MINVALUE' : `SET MINVALUE ${numberSql(to.minValue, 'an identity minimum')}`);
  if (from.maxValue !== to.maxValue) out.push(to.maxValue === undefined || to.maxValue === null ? 'SET NO MAXVALUE' : `SET MAXVALUE ${numberSql(to.maxValue, 'an identity maximum')}`);
  if (from.start !== to.start) out.push(`SET START WITH ${numberSql(to.start ?? (ascending ? (to.minValue ?? '1') : (to.maxValue ?? '-1')), 'an identity start')}`);
  if (from.cache !== to.cache) out.push(`SET CACHE ${numberSql(to.cache ?? '1', 'an identity cache size')}`);
  if (Boolean(from.cycle) !== Boolean(to.cycle)) out.push(to.cycle ? 'SET CYCLE' : 'SET NO CYCLE');
  // A bound moved past the sequence's current value: Postgres refuses unless it restarts (at
  // START WITH). Values already in the table may then come again: the description says so.
  const raised = ascending && to.minValue !== undefined && to.minValue !== null && Number(to.minValue) > Number(from.minValue ?? 1);
  const lowered = !ascending && to.maxValue !== undefined && to.maxValue !== null && Number(to.maxValue) < Number(from.maxValue ?? -1);
  if (raised || lowered) out.push('RESTART');
  return out;
}

/** Moves an identity column's sequence past the values already in the table. */
function identityCatchUp(t: string, table: QualifiedName, column: string, start?: string): PlannedStatement {
  const c = quoteIdent(column);
  return statement({
    sql: `SELECT setval(pg_get_serial_sequence(${quoteLiteral(quoteQualified(table))}, ${quoteLiteral(column)}), coalesce(max(${c}) + 1, ${numberSql(start ?? '1', 'an identity start')}), false) FROM ${t};`,
    description: `Continue ${table.name}.${column}'s numbering after the existing values`,
    phase: 'columns',
    reverse: '',
  });
}

export function identityRemoval(t: string, table: QualifiedName, before: Column): PlannedStatement {
  const c = quoteIdent(before.name);
  const options = before.identity?.sequenceOptions ? sequenceOptionsSql(before.identity.sequenceOptions) : '';
  return statement({
    sql: `ALTER TABLE ${t} ALTER COLUMN ${c} DROP IDENTITY;`,
    description: `Drop identity of ${table.name}.${before.name} (its sequence goes with it)`,
    phase: 'columns',
    ...(before.identity ? { reverse: `ALTER TABLE ${t} ALTER COLUMN ${c} ADD GENERATED ${kindSql(before.identity)} AS IDENTITY${options ? ` (${options})` : ''};` } : {}),
  });
}

/** A column becomes identity, or its identity changes kind or options. */
export function identityStatements(t: string, table: QualifiedName, before: Column, identity: Identity, existing: boolean): PlannedStatement[] {
  const c = quoteIdent(before.name);
  if (!before.identity) {
    const options = identity.sequenceOptions ? sequenceOptionsSql(identity.sequenceOptions) : '';
    const out = [statement({
      sql: `ALTER TABLE ${t} ALTER COLUMN ${c} ADD GENERATED ${kindSql(identity)} AS IDENTITY${options ? ` (${options})` : ''};`,
      description: `Make ${table.name}.${before.name} an identity column`,
      phase: 'columns',
      reverse: `ALTER TABLE ${t} ALTER COLUMN ${c} DROP IDENTITY;`,
    })];
    if (existing) out.push(identityCatchUp(t, table, before.name, identity.sequenceOptions?.start));
    return out;
  }
  const forward = [...(before.identity.kind !== identity.kind ? [`SET GENERATED ${kindSql(identity)}`] : []), ...identityOptionChanges(before.identity.sequenceOptions ?? {}, identity.sequenceOptions ?? {})];
  const backward = [...(before.identity.kind !== identity.kind ? [`SET GENERATED ${kindSql(before.identity)}`] : []), ...identityOptionChanges(identity.sequenceOptions ?? {}, before.identity.sequenceOptions ?? {})];
  if (forward.length === 0) return [];
  return [statement({
    sql: `ALTER TABLE ${t} ALTER COLUMN ${c} ${forward.join(' ')};`,
    description: `Identity of ${table.name}.${before.name}: ${forward.join(', ').toLowerCase()}`,
    phase: 'columns',
    reverse: `ALTER TABLE ${t} ALTER COLUMN ${c} ${backward.join(' ')};`,
  })];
}

/** The column dropped and added again as it was (the reverse of making it a plain column). */
function asGeneratedAgain(t: string, before: Column): string {
  return `ALTER TABLE ${t} DROP COLUMN ${quoteIdent(before.name)};\nALTER TABLE ${t} ADD COLUMN ${columnSql(before)};`;
}

export function generatedStatements(t: string, table: QualifiedName, before: Column, generated: Column['generated'] | null, existing: boolean): PlannedStatement[] {
  const c = quoteIdent(before.name);
  if (generated === null) {
    // DROP EXPRESSION keeps the stored values as plain data; going back recomputes them.
    return [statement({ sql: `ALTER TABLE ${t} ALTER COLUMN ${c} DROP EXPRESSION;`, description: `${table.name}.${before.name} keeps its values and is no longer generated`, phase: 'columns', ...(before.generated ? { reverse: asGeneratedAgain(t, before) } : {}) })];
  }
  if (!generated) return [];
  const rewrite = existing ? { hazards: ['table-rewrite' as const, 'access-exclusive-lock' as const], squawkIgnore: { rules: ['adding-field-with-default'], reason: 'a new generation expression is computed and written for every existing row (Postgres rewrites the table)' } } : {};
  return [statement({
    sql: `ALTER TABLE ${t} ALTER COLUMN ${c} SET EXPRESSION AS (${sqlFragment(generated.expression, `the expression of ${before.name}`)});`,
    description: `New expression for ${table.name}.${before.name}`,
    phase: 'columns',
    ...rewrite,
    ...(before.generated ? { reverse: `ALTER TABLE ${t} ALTER COLUMN ${c} SET EXPRESSION AS (${sqlFragment(before.generated.expression, `the expression of ${before.name}`)});` } : {}),
  })];
}
