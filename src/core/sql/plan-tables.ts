/**
 * Statements for changes to tables and their parts, in the forms that are safe on a live
 * database (pg-schema-diff's playbook): indexes built CONCURRENTLY, foreign keys and checks added
 * NOT VALID then validated, NOT NULL through a validated check, unique keys over a concurrently
 * built index. A table created in the same migration is empty and skips all of that.
 */
import type { ColumnChanges, TableConstraint } from '../changes/types';
import { partitionTree } from '../changes/partitions';
import { keyOf } from '../model/names';
import { formatType } from '../model/format-type';
import { dollarQuote, dottedName, quoteIdent, quoteLiteral, quoteQualified, sqlFragment } from './safe-text';
import type { Column, Index, QualifiedName, Schema } from '../model/types';
import { conversion, expressionsSurvive, modifiersWiden } from './type-casts';
import type { Hazard, Phase, PlannedStatement } from './plan-types';
import { statement, undoStep } from './plan-statement';
import { generatedStatements, identityRemoval, identityStatements } from './plan-columns';
import { squawkTakesDefaultAsSafe } from './default-expression';
import { collationChangeCost, collationChangeNote, costsMoreThanCatalog } from './collation-change';

export { statement, type StatementDraft } from './plan-statement';
import { checkSql, columnSql, exclusionSql, foreignKeySql, indexSql, primaryKeySql, uniqueSql } from './print-parts';
import { appendAll } from '../lib/arrays';

/** Volatile defaults (and identity, stored generated columns) fill every existing row: a rewrite. */
function addColumnRewrites(column: Column): boolean {
  if (column.identity || (column.generated && column.generated.stored)) return true;
  return column.default !== undefined && /\b(random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|nextval|timeofday)\s*\(/i.test(column.default);
}

/**
 * Type changes Postgres makes without rewriting: to text or an unconstrained varchar, a longer
 * varchar, the same type with wider modifiers (modifiersWiden). Anything else rewrites the
 * table under ACCESS EXCLUSIVE.
 */
function typeChangeRewrites(from: Column, to: Column): boolean {
  const a = from.type;
  const b = to.type;
  if (a.arrayDims !== b.arrayDims || a.schema || b.schema) return true;
  const varchar = (name: string) => name === 'character varying';
  if (varchar(a.name) && (b.name === 'text' || (varchar(b.name) && (b.modifiers.length === 0 || Number(b.modifiers[0]) >= Number(a.modifiers[0] ?? Infinity))))) return false;
  if (a.name === b.name && modifiersWiden(a.name, a.modifiers, b.modifiers).inPlace) return false;
  return true;
}

/** Why a type change on a live table is written as it is, for Squawk's changing-column-type. */
function typeChangeIgnore(rewrites: boolean): { rules: string[]; reason: string } {
  return {
    rules: ['changing-column-type'],
    reason: rewrites
      ? 'the design changes this column\'s type; Postgres rewrites the table under ACCESS EXCLUSIVE (marked table-rewrite): run it in a quiet window, or design a new column to backfill instead'
      : 'binary-compatible type change: Postgres updates the catalog without rewriting the table',
  };
}

/**
 * A NOT NULL column without a default (nor identity or generation) has no value for the rows a
 * table already has: Postgres refuses it on a table with rows. The migration says so before it
 * changes anything, in words, rather than fail halfway on Postgres's "contains null values".
 */
function requiredColumnGuard(table: QualifiedName, column: Column): PlannedStatement {
  const message = `Refused: ${table.schema}.${table.name} has rows, and its new column ${column.name} is NOT NULL without a default: give the column a default, or add it nullable, fill it, then set NOT NULL`;
  const body = `\nBEGIN\n  IF EXISTS (SELECT 1 FROM ${quoteQualified(table)}) THEN\n    RAISE EXCEPTION ${quoteLiteral(message.replace(/%/g, '%%'))};\n  END IF;\nEND\n`;
  return statement({ sql: `DO ${dollarQuote(body, 'guard')};`, description: `Refuse the migration while ${table.name} has rows (its new column ${column.name} is NOT NULL without a default)`, phase: 'columns', reverse: '' });
}

export function addColumnStatements(table: QualifiedName, column: Column, existing: boolean): PlannedStatement[] {
  const t = quoteQualified(table);
  const rewrites = existing && addColumnRewrites(column);
  const hazards: Hazard[] = rewrites ? ['table-rewrite', 'access-exclusive-lock'] : [];
  const why = column.generated ? 'a stored generated column is computed and written for every existing row' : column.identity ? 'an identity column takes a new value in every existing row' : 'a volatile default gives every existing row its own value';
  const required = existing && column.notNull && column.default === undefined && !column.identity && !column.generated;
  const squawkIgnore = rewrites
    ? { rules: ['adding-field-with-default'], reason: `${why}: Postgres rewrites the table under ACCESS EXCLUSIVE (marked table-rewrite); there is no form without the rewrite` }
    : required
      ? { rules: ['adding-required-field'], reason: `the design makes ${column.name} required with no default: the check before refuses the migration while ${table.name} has rows` }
      : existing && column.default !== undefined && !squawkTakesDefaultAsSafe(column.default)
        ? { rules: ['adding-field-with-default'], reason: 'the default is not volatile: Postgres computes it once and keeps it in the catalog, without rewriting the table (Squawk reads only a constant or now() so)' }
        : undefined;
  return [...(required ? [requiredColumnGuard(table, column)] : []), statement({
    sql: `ALTER TABLE ${t} ADD COLUMN ${columnSql(column)};`,
    description: `Add column ${table.name}.${column.name}`,
    phase: 'columns',
    hazards: required ? [...hazards, 'may-fail-on-data'] : hazards,
    ...(squawkIgnore ? { squawkIgnore } : {}),
    reverse: `ALTER TABLE ${t} DROP COLUMN ${quoteIdent(column.name)};`,
  })];
}

/**
 * Going back from a partitioned table's SET NOT NULL: the partitions whose column was nullable
 * before. The parent's DROP NOT NULL reaches them, except where Postgres 18 made a partition's
 * NOT NULL its own meanwhile (a primary key added to the partition, as a partitioned key is
 * built, marks its columns' NOT NULL local), which stays after the parent's goes. Elsewhere these
 * change nothing.
 */
function partitionsNullableAgain(table: QualifiedName, column: string, schema: Schema | undefined): string[] {
  if (!schema?.tables[keyOf(table)]?.partitioning) return [];
  return partitionTree(Object.values(schema.tables), table)
    .filter((p) => p.columns.some((c) => c.name === column && !c.notNull))
    .map((p) => `ALTER TABLE ${quoteQualified(p)} ALTER COLUMN ${quoteIdent(column)} DROP NOT NULL;`);
}

/**
 * SET NOT NULL on a table with rows scans it under ACCESS EXCLUSIVE, unless a validated CHECK
 * already proves it (Postgres 12+): add the check NOT VALID, validate it without blocking writes,
 * then SET NOT NULL is instant and the check can go. `dropNotNull`: the reverse of step 3.
 */
function provenNotNull(table: QualifiedName, column: string, dropNotNull: string): PlannedStatement[] {
  const t = quoteQualified(table);
  const c = quoteIdent(column);
  const check = quoteIdent(`${table.name}_${column}_not_null`.slice(0, 63));
  return [
    statement({ sql: `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${c} IS NOT NULL) NOT VALID;`, description: `Prove ${table.name}.${column} is never null (step 1: check, not yet validated)`, phase: 'columns', reverse: `ALTER TABLE ${t} DROP CONSTRAINT IF EXISTS ${check};` }),
    statement({ sql: `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};`, description: 'Step 2: validate it (writes go on)', phase: 'columns', hazards: ['validation-scan'], ownTransaction: true }),
    statement({ sql: `ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL;`, description: `Step 3: ${table.name}.${column} NOT NULL, proven by the check`, phase: 'columns', reverse: dropNotNull }),
    statement({ sql: `ALTER TABLE ${t} DROP CONSTRAINT ${check};`, description: 'Step 4: the check has done its job', phase: 'columns' }),
  ];
}

export function alterColumnStatements(table: QualifiedName, before: Column, set: ColumnChanges, existing: boolean, schema?: Schema): PlannedStatement[] {
  const t = quoteQualified(table);
  const c = quoteIdent(before.name);
  const out: PlannedStatement[] = [];
  const after: Column = { ...before, ...(set.type ? { type: set.type } : {}) };
  const defaultClause = (value: string | null | undefined) => (value === undefined || value === null ? `ALTER COLUMN ${c} DROP DEFAULT` : `ALTER COLUMN ${c} SET DEFAULT ${sqlFragment(value, `the default of ${before.name}`)}`);
  const setDefault = (value: string | null | undefined) => `ALTER TABLE ${t} ${defaultClause(value)};`;
  // Postgres casts the default along with the column, and refuses when it cannot (an enum label,
  // '' into a number); when it can, the default stays an expression of the old type ('x'::varchar
  // cast to text), not the one the schema declares. A default is dropped first and set again
  // (catalog-only) after the change; so is one that changes with the type (set before the type
  // change, as the down migration would undoing in reverse, it would be cast the same way).
  const resetDefault = Boolean(set.type) && before.default !== undefined && !before.identity && !before.generated;
  // TYPE without COLLATE gives the column its new type's default collation: the column's own
  // (or the new one) goes with the type change, which is also the collation change's one rewrite.
  const collate = (name: string | null | undefined) => (name ? ` COLLATE ${dottedName(name)}` : '');
  const collationAfter = set.collation !== undefined ? set.collation : before.collation;
  // An identity column is NOT NULL and has no default: its identity goes first.
  if (set.identity === null && before.identity) out.push(identityRemoval(t, table, before));
  if (set.type) {
    const forward = set.using !== undefined ? { using: set.using, mayFail: true } : conversion(before.name, before.type, set.type, schema);
    const backward = conversion(before.name, set.type, before.type, schema);
    const rewrites = existing && typeChangeRewrites(before, after);
    const using = forward.using ? ` USING ${set.using !== undefined ? sqlFragment(set.using, `the USING expression of ${before.name}`) : forward.using}` : '';
    const hazards: Hazard[] = rewrites ? ['table-rewrite', 'access-exclusive-lock'] : existing ? ['access-exclusive-lock'] : [];
    // A type change that keeps the rows still re-checks the column's checks, and rebuilds its
    // indexes when the collation changes with it (collation-change.ts).
    const inPlace = existing && !rewrites && schema ? collationChangeCost(schema, table, before.name, set.collation) : undefined;
    const collationCost = inPlace && costsMoreThanCatalog(inPlace) ? inPlace : undefined;
    if (existing && (forward.mayFail || collationCost?.mayFail)) hazards.push('may-fail-on-data');
    if (existing && 'rounds' in forward && forward.rounds) hazards.push('rounds-values');
    // A rewrite that may share the table's one rewrite with its other type changes: not one that
    // needs the identity gone first, nor one whose USING (the user's) may read other columns.
    const merge = rewrites && set.using === undefined && !(set.identity === null && before.identity);
    const part = (clause: string, reverseClause: string, type: boolean) => (merge ? { rewrite: { table: t, clause, reverseClause, type } } : {});
    if (resetDefault) out.push(statement({ sql: setDefault(null), description: `Drop the default of ${table.name}.${before.name} (${expressionsSurvive(before.type, set.type, schema) ? 'Postgres would keep it as an expression of the old type' : 'it cannot be converted with the column'})`, phase: 'columns', reverse: setDefault(before.default), ...part(defaultClause(null), defaultClause(before.default), false) }));
    const typeClause = `ALTER COLUMN ${c} TYPE ${formatType(set.type)}${collate(collationAfter)}${using}`;
    const reverseTypeClause = `ALTER COLUMN ${c} TYPE ${formatType(before.type)}${collate(before.collation)}${backward.using ? ` USING ${backward.using}` : ''}`;
    out.push(statement({
      sql: `ALTER TABLE ${t} ${typeClause};`,
      description: `Change ${table.name}.${before.name} from ${formatType(before.type)} to ${formatType(set.type)}${forward.mayFail && existing ? ' (fails if an existing value does not convert)' : ''}${'rounds' in forward && forward.rounds && existing ? ' (rounds or truncates existing values that are more precise)' : ''}${collationCost ? collationChangeNote(collationCost) : ''}`,
      phase: 'columns',
      hazards,
      reverse: `ALTER TABLE ${t} ${reverseTypeClause};`,
      ...(existing ? { reverseHazards: [...(typeChangeRewrites(after, before) ? ['table-rewrite' as const] : []), 'access-exclusive-lock' as const, ...(backward.mayFail ? ['may-fail-on-data' as const] : []), ...('rounds' in backward && backward.rounds ? ['rounds-values' as const] : [])] } : {}),
      ...(existing ? { squawkIgnore: typeChangeIgnore(rewrites) } : {}),
      ...part(typeClause, reverseTypeClause, true),
    }));
    if (resetDefault) {
      const value = set.default !== undefined ? set.default : before.default;
      if (value !== null && value !== undefined) out.push(statement({ sql: setDefault(value), description: `Set the default of ${table.name}.${before.name} again`, phase: 'columns', reverse: setDefault(null), ...part(defaultClause(value), defaultClause(null), false) }));
    }
  }
  if (set.default !== undefined && !resetDefault) {
    out.push(statement({
      sql: setDefault(set.default),
      description: `${set.default === null ? 'Drop' : 'Set'} the default of ${table.name}.${before.name}`,
      phase: 'columns',
      reverse: setDefault(before.default),
    }));
  }
  if (set.notNull === true) {
    const dropNotNull = [`ALTER TABLE ${t} ALTER COLUMN ${c} DROP NOT NULL;`, ...partitionsNullableAgain(table, before.name, schema)].join('\n');
    if (existing) {
      appendAll(out, provenNotNull(table, before.name, dropNotNull));
    } else {
      out.push(statement({ sql: `ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL;`, description: `${table.name}.${before.name} NOT NULL`, phase: 'columns', reverse: dropNotNull }));
    }
  } else if (set.notNull === false) {
    out.push(statement({
      sql: `ALTER TABLE ${t} ALTER COLUMN ${c} DROP NOT NULL;`,
      description: `Allow NULL in ${table.name}.${before.name}`,
      phase: 'columns',
      reverse: `ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL;`,
      // Going back on a live table, NOT NULL is proven by a validated check first, as going up.
      ...(existing ? { reverseHazards: ['access-exclusive-lock', 'validation-scan'] as Hazard[], undo: provenNotNull(table, before.name, '').map(undoStep) } : {}),
      ...(existing ? { squawkIgnore: { rules: ['ban-drop-not-null'], reason: 'the design allows NULL in this column: code that reads it must expect NULL from now on' } } : {}),
    }));
  }
  if (set.identity !== undefined && set.identity !== null) appendAll(out, identityStatements(t, table, before, set.identity, existing));
  if (set.generated !== undefined) appendAll(out, generatedStatements(t, table, before, set.generated, existing));
  if (set.collation !== undefined && !set.type) {
    // No rewrite: what it costs is the indexes and checks on the column (collation-change.ts).
    const cost = existing && schema ? collationChangeCost(schema, table, before.name, set.collation) : undefined;
    const hazards: Hazard[] = existing ? ['access-exclusive-lock', ...(cost?.mayFail ? ['may-fail-on-data' as const] : [])] : [];
    out.push(statement({ sql: `ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${formatType(after.type)}${collate(set.collation)};`, description: `Collation of ${table.name}.${before.name}${cost ? collationChangeNote(cost) : ''}`, phase: 'columns', hazards, reverse: `ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${formatType(after.type)}${collate(before.collation)};`,
      ...(existing ? { squawkIgnore: { rules: ['changing-column-type'], reason: 'the design changes the column\'s collation (its type stays): Postgres keeps the rows as they are, and builds the indexes on the column again under ACCESS EXCLUSIVE' } } : {}),
    }));
  }
  if (set.comment !== undefined) {
    out.push(statement({ sql: `COMMENT ON COLUMN ${t}.${c} IS ${set.comment === null ? 'NULL' : quoteLiteral(set.comment)};`, description: `Comment on ${table.name}.${before.name}`, phase: 'comments', reverse: `COMMENT ON COLUMN ${t}.${c} IS ${before.comment === undefined ? 'NULL' : quoteLiteral(before.comment)};` }));
  }
  return out;
}

export function constraintClause(constraint: TableConstraint): string {
  switch (constraint.type) {
    case 'primary-key':
      return primaryKeySql(constraint);
    case 'unique':
      return uniqueSql(constraint);
    case 'foreign-key':
      return foreignKeySql({ ...constraint, notValid: false });
    case 'check':
      return checkSql({ ...constraint, notValid: false });
    case 'exclusion':
      return exclusionSql(constraint);
  }
}

/**
 * `buildAs`: the name a key's index is built under before the key takes it over (USING INDEX
 * renames it to the key's), when an index of the key's name is still in use meanwhile.
 */
export function addConstraintStatements(table: QualifiedName, constraint: TableConstraint, existing: boolean, partitioned: boolean, referencesPartitioned = false, buildAs = constraint.name): PlannedStatement[] {
  const t = quoteQualified(table);
  const name = quoteIdent(constraint.name);
  const reverse = `ALTER TABLE ${t} DROP CONSTRAINT ${name};`;
  const phase: Phase = constraint.type === 'foreign-key' ? 'foreign-keys' : 'constraints';
  if (!existing) {
    const notValid = (constraint.type === 'foreign-key' || constraint.type === 'check') && constraint.notValid ? ' NOT VALID' : '';
    return [statement({ sql: `ALTER TABLE ${t} ADD ${constraintClause(constraint)}${notValid};`, description: `Constraint ${constraint.name} on ${table.name}`, phase, reverse })];
  }
  if (constraint.type === 'foreign-key' && !constraint.notValid && (partitioned || referencesPartitioned)) {
    // Before Postgres 18 a foreign key on a partitioned table cannot be added NOT VALID, and one
    // to a partitioned table added NOT VALID leaves its per-partition copies unvalidated after
    // VALIDATE: it is added validated, scanning under SHARE ROW EXCLUSIVE (writes wait).
    return [statement({
      sql: `ALTER TABLE ${t} ADD ${constraintClause(constraint)};`,
      description: `Foreign key ${constraint.name} on ${table.name}, checked against existing rows now (writes wait for the scan)`,
      phase,
      hazards: ['validation-scan'],
      reverse,
      squawkIgnore: { rules: ['constraint-missing-not-valid', 'adding-foreign-key-constraint'], reason: 'a foreign key on or to a partitioned table cannot be added NOT VALID and validated later (Postgres before 18 leaves the partitions\' copies unvalidated)' },
    })];
  }
  if (constraint.type === 'foreign-key' || constraint.type === 'check') {
    const out = [statement({
      sql: `ALTER TABLE ${t} ADD ${constraintClause(constraint)} NOT VALID;`,
      description: `${constraint.type === 'foreign-key' ? 'Foreign key' : 'Check'} ${constraint.name} on ${table.name}, for new rows first (no scan, no long lock)`,
      phase,
      reverse,
    })];
    if (!constraint.notValid) {
      out.push(statement({ sql: `ALTER TABLE ${t} VALIDATE CONSTRAINT ${name};`, description: `Validate ${constraint.name} against existing rows (writes go on)`, phase: 'validate', hazards: ['validation-scan'], ownTransaction: true }));
    }
    return out;
  }
  if ((constraint.type === 'primary-key' || constraint.type === 'unique') && !partitioned && !constraint.withoutOverlaps) {
    // Build the index without blocking writes, then make it the constraint's (instant).
    const index: Index = {
      name: buildAs,
      unique: true,
      method: 'btree',
      elements: constraint.columns.map((column) => ({ column, descending: false })),
      // USING INDEX takes a covering index (INCLUDE) as the key's, as Postgres builds one for it.
      include: [...constraint.include],
      nullsNotDistinct: constraint.type === 'unique' && constraint.nullsNotDistinct,
      only: false,
      ...(constraint.options ? { options: constraint.options } : {}),
    };
    const kind = constraint.type === 'primary-key' ? 'PRIMARY KEY' : 'UNIQUE';
    const deferrable = constraint.deferrable ? (constraint.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE') : '';
    return [
      statement({ sql: `${indexSql(index, table, { concurrently: true, ifNotExists: true })};`, description: buildAs === constraint.name ? `Build the index for ${constraint.name} without blocking writes` : `Build the index for ${constraint.name} as ${buildAs} (the old ${constraint.name} keeps enforcing uniqueness meanwhile)`, phase: 'indexes', hazards: ['index-build'], transactional: false, reverse: `DROP INDEX CONCURRENTLY IF EXISTS ${quoteQualified({ schema: table.schema, name: buildAs })};` }),
      statement({ sql: `ALTER TABLE ${t} ADD CONSTRAINT ${name} ${kind} USING INDEX ${quoteIdent(buildAs)}${deferrable};`, description: `${kind} ${constraint.name} on ${table.name}, over the index just built${buildAs === constraint.name ? '' : ', which takes its name'}`, phase: 'validate', reverse }),
    ];
  }
  return [statement({
    sql: `ALTER TABLE ${t} ADD ${constraintClause(constraint)};`,
    description: `Constraint ${constraint.name} on ${table.name} (builds its index under an exclusive lock)`,
    phase,
    hazards: ['access-exclusive-lock', 'index-build'],
    ...(constraint.type === 'exclusion' ? { squawkIgnore: { rules: ['constraint-missing-not-valid'], reason: 'Postgres cannot add an EXCLUDE constraint NOT VALID (only CHECK and FOREIGN KEY): it is built under ACCESS EXCLUSIVE, marked above' } } : {}),
    ...((constraint.type === 'primary-key' || constraint.type === 'unique') && constraint.withoutOverlaps
      ? { squawkIgnore: { rules: ['constraint-missing-not-valid', 'disallowed-unique-constraint', 'adding-serial-primary-key-field'], reason: 'a key WITHOUT OVERLAPS is backed by a GiST index, which a key cannot take USING INDEX, and cannot be added NOT VALID: it is built under ACCESS EXCLUSIVE, marked above' } }
      : {}),
    reverse,
  })];
}

export function addIndexStatements(table: QualifiedName, index: Index, existing: boolean, partitioned: boolean): PlannedStatement[] {
  const qualifiedIndex = quoteQualified({ schema: table.schema, name: index.name });
  // CONCURRENTLY cannot build an index on a partitioned table (Postgres builds it per partition).
  const concurrently = existing && !partitioned;
  return [statement({
    // A concurrent build that fails part way leaves an invalid index; IF NOT EXISTS lets the
    // migration be rerun (drop the invalid index first: the plan's down script does).
    sql: `${indexSql(index, table, { concurrently, ifNotExists: concurrently })};`,
    description: `Index ${index.name} on ${table.name}${concurrently ? ' (built without blocking writes)' : ''}`,
    phase: 'indexes',
    hazards: existing ? ['index-build'] : [],
    transactional: !concurrently,
    reverse: `DROP INDEX ${concurrently ? 'CONCURRENTLY IF EXISTS ' : ''}${qualifiedIndex};`,
  })];
}

export function dropIndexStatements(table: QualifiedName, index: Index, partitioned: boolean): PlannedStatement[] {
  const concurrently = !partitioned;
  return [statement({
    sql: `DROP INDEX ${concurrently ? 'CONCURRENTLY IF EXISTS ' : ''}${quoteQualified({ schema: table.schema, name: index.name })};`,
    // A partitioned table's index cannot be dropped concurrently: the plain DROP takes ACCESS
    // EXCLUSIVE on the table and every partition (briefly: it only removes catalog entries and files).
    description: `Drop index ${index.name}${concurrently ? ' (without blocking writes)' : ' (brief ACCESS EXCLUSIVE on the table and its partitions)'}`,
    phase: 'drop-dependents',
    hazards: concurrently ? [] : ['access-exclusive-lock'],
    transactional: !concurrently,
    ...(concurrently ? {} : { squawkIgnore: { rules: ['require-concurrent-index-deletion'], reason: 'Postgres cannot drop a partitioned table\'s index CONCURRENTLY; the lock is marked above' } }),
    reverse: `${indexSql(index, table, { concurrently, ifNotExists: concurrently })};`,
    // Built again going back: concurrently where it can be, else under a SHARE lock (writes wait).
    reverseHazards: ['index-build'],
  })];
}
