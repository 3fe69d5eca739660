/**
 * Schemawise's rules side by side with established linters' catalog checks (splinter,
 * pg-index-health), restated as queries in test/fixtures/peers (see its README for origins and
 * licences). corpus-counts.test.ts runs the queries on the PGlite database it builds from each
 * corpus file (`runPeerQueries`, its `inspect` hook), and compares them with the rules' findings
 * on the model of the same statements (`comparePeers`). Every key on which the two disagree must
 * be explained by one of the check's listed differences (`explain`); an unexplained one fails.
 */
import { readFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { makeObjectName } from '../../src/core/model/auto-names';
import type { ForeignKey, PolicyCommand, Schema, Table } from '../../src/core/model/types';
import { lint } from '../../src/core/rules/engine';
import { fkCoverage, parentKeysOf } from '../../src/core/rules/fk-coverage';
import { conjunctsOf, notNullTestColumn } from '../../src/core/rules/expressions';
import { passesEveryRow, permissiveOverlaps } from '../../src/core/rules/no-multiple-permissive-policies';
import { redundantForeignKeys } from '../../src/core/rules/no-duplicate-fk';
import { plpgsqlBodyNamesObjects, sqlBodyNamesObjects } from '../../src/core/rules/routine-names';
import { isLedgerTable, isToolSchemaTable } from '../../src/core/rules/heuristics';
import { perRowCalls } from '../../src/core/rules/no-per-row-policy-function-call';
import { RULES_BY_ID } from '../../src/core/rules/registry';
import { indexSignature } from '../../src/core/rules/index-shapes';
import { buildSchemaIndex, type IndexLike } from '../../src/core/rules/schema-index';
import type { Diagnostic } from '../../src/core/rules/types';

const FIXTURES = new URL('../fixtures/peers/', import.meta.url);

/** Supabase's schemas and others splinter leaves out (its checks name them one by one). */
const SPLINTER_SKIPS = new Set(['auth', 'cron', 'extensions', 'graphql', 'graphql_public', 'information_schema', 'net', 'pgsodium', 'pgsodium_masks', 'pgbouncer', 'pg_catalog', 'pgtle', 'realtime', 'storage', 'supabase_functions', 'supabase_migrations', 'vault', 'pgmq', 'pgroonga', 'repack', 'tiger', 'topology']);

interface Context {
  schema: Schema;
  table(key: string): Table | undefined;
}

interface PeerCheck {
  /** The peer check, as its linter names it. */
  peer: string;
  /** File in test/fixtures/peers. */
  query: string;
  rule: string;
  options?: Record<string, unknown>;
  /** Our findings as the query's keys; undefined leaves a finding out (outside the check's scope). */
  ourKeys(d: Diagnostic, ctx: Context): string[] | undefined;
  /** Why the two disagree on `key` (a listed difference), or undefined: an unexplained disagreement. */
  explain(key: string, side: 'peer only' | 'ours only', ctx: Context): string | undefined;
  /** What the doc's agreement table says of the row besides its counts (no numbers: they would go stale). */
  note?: string;
}

const t = (d: Diagnostic) => `${d.target.schema}.${d.target.table}`;
const named = (d: Diagnostic) => `${d.target.schema}.${d.target.table}.${d.target.name}`;
const column = (d: Diagnostic) => `${d.target.schema}.${d.target.table}.${d.target.column}`;
const splinterScope = (schema: string) => !SPLINTER_SKIPS.has(schema);

/** `schema.table.name` split into the table's key and the name (names may contain dots: rare, ignored). */
function split(key: string): { table: string; name: string } {
  const parts = key.split('.');
  return { table: `${parts[0]}.${parts[1]}`, name: parts.slice(2).join('.') };
}

function fkOf(key: string, ctx: Context): { table: Table; fk: ForeignKey } | undefined {
  const { table, name } = split(key);
  const found = ctx.table(table);
  const fk = found?.foreignKeys.find((f) => f.name === name);
  return found && fk ? { table: found, fk } : undefined;
}

/** Why an FK-index verdict differs: what fkCoverage saw in the table's indexes. */
function explainFkIndex(key: string, side: 'peer only' | 'ours only', ctx: Context, peerAccepts: (table: Table, fk: ForeignKey) => string | undefined): string | undefined {
  const found = fkOf(key, ctx);
  if (!found) return side === 'peer only' ? internalFkCopy(key, ctx) : undefined;
  const { table, fk } = found;
  // The model keeps a partition's clone of its parent's key (ForeignKey.partitionOf); the rule
  // reports the parent's key, which the peers skip when the parent is partitioned.
  if (side === 'peer only' && fk.partitionOf) return "a partition's copy of its parent's foreign key (compared on the parent)";
  const index = buildSchemaIndex(ctx.schema);
  const coverage = fkCoverage(table, fk, index.indexesOf(table), parentKeysOf(index, fk));
  if (side === 'ours only') {
    // The peer accepts an index the RI check cannot use well, or at all.
    const accepted = peerAccepts(table, fk);
    if (!accepted) return undefined;
    if (coverage.kind === 'poorly') return `served poorly (${accepted}): reported by us with that reason`;
    if (coverage.kind === 'none' && coverage.partial) return 'only a partial index whose predicate the RI check does not imply (EXPLAIN-checked)';
    if (coverage.kind === 'none') return `the peer counts an index that cannot serve the lookup (${accepted})`;
    return undefined;
  }
  if (coverage.kind !== 'served') return undefined;
  const ix = index.indexesOf(table).find((i) => i.name === coverage.index);
  if (!ix) return undefined;
  if (!fk.columns.every((c) => ix.columns.includes(c))) return 'served by an index on the key column that alone names the referenced row (the other key columns repeat its scope)';
  if (ix.method === 'gist' || ix.method === 'hash') return `served by a ${ix.method} index the peer does not match`;
  if (ix.where) return 'served by a partial index WHERE the key IS NOT NULL';
  if (ix.columns.length > fk.columns.length) return 'served by an index that starts with the key and has more columns (splinter wants the exact column list)';
  return 'served by an index with the key columns in another order';
}

/**
 * Foreign keys Postgres makes itself and the model does not keep: a partition's copy of its
 * parent's key, and the `<name>_1`, `_2` ... copies on the referencing table for each partition
 * of a partitioned referenced table. The declared key is compared instead.
 */
function internalFkCopy(key: string, ctx: Context): string | undefined {
  const { table, name } = split(key);
  const found = ctx.table(table);
  if (!found) return undefined;
  const parent = found.partitionOf ? ctx.table(`${found.partitionOf.parent.schema}.${found.partitionOf.parent.name}`) : undefined;
  if (parent?.foreignKeys.some((f) => f.name === name || name.startsWith(`${f.name}_`))) return "a partition's copy of its parent's foreign key (compared on the parent)";
  const base = /^(.*)_\d+$/.exec(name)?.[1];
  if (base && found.foreignKeys.some((f) => f.name === base)) return "Postgres's own copy of a key for one partition of the referenced table (the declared key is compared)";
  return undefined;
}

/** The index whose columns are exactly the key's, in order: what splinter 0001 accepts. */
function splinterIndex(table: Table, fk: ForeignKey, ctx: Context): string | undefined {
  const ix = buildSchemaIndex(ctx.schema).indexesOf(table).find((i) => i.columns.length === fk.columns.length && i.columns.every((c, n) => c === fk.columns[n]));
  return ix ? `${ix.name}: ${ix.method}${ix.where ? ' partial' : ''}` : undefined;
}

/** An index's INCLUDE columns: stored in its leaf tuples, but no search condition can use them. */
function includedColumns(table: Table, ix: IndexLike): string[] {
  if (ix.index) return ix.index.include;
  if (ix.exclusion) return ix.exclusion.include;
  if (ix.constraint === 'primary-key') return table.primaryKey?.include ?? [];
  return table.uniqueConstraints.find((u) => u.name === ix.name)?.include ?? [];
}

/**
 * An index holding every key column and starting with the first: what pg-index-health accepts.
 * Its query reads pg_index.indkey, which lists INCLUDE columns after the key columns, so an
 * included key column counts for it too; the RI check can search only the key columns.
 */
function pgihIndex(table: Table, fk: ForeignKey, ctx: Context): string | undefined {
  for (const ix of buildSchemaIndex(ctx.schema).indexesOf(table)) {
    const included = includedColumns(table, ix);
    const held = [...ix.columns, ...included];
    if (ix.columns[0] !== fk.columns[0] || !fk.columns.every((c) => held.includes(c))) continue;
    const onlyIncluded = fk.columns.filter((c) => !ix.columns.includes(c));
    return `${ix.name}: ${ix.method}${ix.where ? ' partial' : ''}${onlyIncluded.length > 0 ? `, ${onlyIncluded.join(', ')} only INCLUDEd` : ''}`;
  }
  return undefined;
}

export const PEER_CHECKS: PeerCheck[] = [
  {
    peer: 'splinter 0001 unindexed_foreign_keys',
    query: 'splinter-0001-unindexed-foreign-keys.sql',
    rule: 'require-fk-index',
    ourKeys: (d) => (splinterScope(d.target.schema) ? [named(d)] : undefined),
    explain: (key, side, ctx) => explainFkIndex(key, side, ctx, (table, fk) => splinterIndex(table, fk, ctx)),
  },
  {
    peer: 'pg-index-health foreign_keys_without_index',
    query: 'pgih-foreign-keys-without-index.sql',
    rule: 'require-fk-index',
    ourKeys: (d) => [named(d)],
    explain: (key, side, ctx) => explainFkIndex(key, side, ctx, (table, fk) => pgihIndex(table, fk, ctx)),
  },
  {
    peer: 'splinter 0003 auth_rls_initplan',
    query: 'splinter-0003-auth-rls-initplan.sql',
    rule: 'no-per-row-policy-function-call',
    note: "(the corpus's Supabase policies need the `auth` schema, which PGlite lacks)",
    ourKeys: (d) => [named(d)],
    explain: (key, side, ctx) => {
      const { table, name } = split(key);
      const found = ctx.table(table);
      const policy = found?.policies.find((p) => p.name === name);
      if (!found || !policy || side !== 'ours only') return undefined;
      const calls = [...perRowCalls(policy.using ?? ''), ...perRowCalls(policy.withCheck ?? '')].map((c) => c.call);
      if (calls.length === 0) return "a schema's own function wrapping auth.* or current_setting() per row (splinter looks at the calls themselves)";
      if (calls.every((c) => c.startsWith('current_setting'))) return 'current_setting() per row (splinter looks at auth.* only)';
      if (!found.rowLevelSecurity) return 'row-level security not enabled yet (splinter skips the table)';
      if (/select\s+auth\./i.test(`${policy.using ?? ''} ${policy.withCheck ?? ''}`)) return 'one call wrapped, another not (splinter passes the policy on the first)';
      return undefined;
    },
  },
  {
    peer: 'splinter 0006 multiple_permissive_policies',
    query: 'splinter-0006-multiple-permissive-policies.sql',
    rule: 'no-multiple-permissive-policies',
    ourKeys: (d, ctx) => {
      const table = ctx.table(t(d));
      if (!table || !splinterScope(table.schema)) return undefined;
      return [...new Set(permissiveOverlaps(table).map((o) => `${t(d)}.${o.command}`))];
    },
    explain: (key, side, ctx) => {
      const dot = key.lastIndexOf('.');
      const command = key.slice(dot + 1) as Exclude<PolicyCommand, 'all'>;
      const found = ctx.table(key.slice(0, dot));
      const open = found?.policies.some((p) => p.permissive && (p.command === 'all' || p.command === command) && passesEveryRow(p, command));
      return side === 'peer only' && open ? 'one of the policies passes every row (USING (true)): Postgres folds the OR to true when it plans' : undefined;
    },
  },
  {
    peer: 'splinter 0007 policy_exists_rls_disabled',
    query: 'splinter-0007-policy-exists-rls-disabled.sql',
    rule: 'require-rls-enabled-for-policy',
    ourKeys: (d) => (splinterScope(d.target.schema) ? [t(d)] : undefined),
    explain: (key, side, ctx) => (side === 'ours only' && ctx.table(key)?.partitioning ? 'a partitioned table (splinter looks at ordinary tables only)' : undefined),
  },
  {
    peer: 'splinter 0008 rls_enabled_no_policy',
    query: 'splinter-0008-rls-enabled-no-policy.sql',
    rule: 'require-rls-policy',
    ourKeys: (d) => (splinterScope(d.target.schema) ? [t(d)] : undefined),
    explain: (key, side, ctx) => (side === 'ours only' && ctx.table(key)?.partitioning ? 'a partitioned table (splinter looks at ordinary tables only)' : undefined),
  },
  {
    peer: 'splinter 0011 function_search_path_mutable',
    query: 'splinter-0011-function-search-path-mutable.sql',
    rule: 'require-function-search-path',
    options: { allFunctions: true },
    ourKeys: (d) => (splinterScope(d.target.schema) ? [`${d.target.schema}.${(d.target.name ?? '').replace(/\(.*$/, '')}`] : undefined),
    explain: (key, side, ctx) => {
      const routines = Object.values(ctx.schema.routines).filter((r) => `${r.schema}.${r.name}` === key);
      if (side === 'peer only') {
        if (routines.some((r) => r.sqlBody)) return 'SQL-standard body (BEGIN ATOMIC / RETURN): names bound at creation';
        if (routines.length === 0 && Object.values(ctx.schema.opaque).some((o) => o.kind === 'aggregate' && `${o.schema}.${o.name}` === key)) return 'an aggregate (its support functions are checked themselves)';
        if (routines.length === 0 && Object.values(ctx.schema.types).some((ty) => ty.kind === 'range' && [`${ty.schema}.${ty.name}`, `${ty.schema}.${ty.name.replace(/range$/, '')}multirange`].includes(key))) return "a range type's constructor (internal)";
        if (routines.some((r) => !['sql', 'plpgsql', 'plv8', 'plpython3u', 'plperl', 'pltcl'].includes(r.language))) return 'a language that resolves no names (C, internal)';
        const options = (r: (typeof routines)[number]) => ({ parameters: r.arguments });
        const namesNothing = (r: (typeof routines)[number]) =>
          (r.language === 'sql' && !sqlBodyNamesObjects(r.body, options(r))) || (r.language === 'plpgsql' && !plpgsqlBodyNamesObjects(r.body, options(r)));
        if (routines.length > 0 && routines.every(namesNothing)) {
          return "a body that looks nothing up by name outside pg_catalog (searched first: its relations, and its functions and operators on arguments of exactly their types) or its own schema-qualified names";
        }
        return undefined;
      }
      if (routines.some((r) => r.securityDefiner && r.config.search_path !== undefined)) return 'SECURITY DEFINER with a search_path that does not end in pg_temp (splinter accepts any)';
      return undefined;
    },
  },
  {
    peer: 'splinter 0014 extension_in_public',
    query: 'splinter-0014-extension-in-public.sql',
    rule: 'no-extension-in-public',
    ourKeys: (d) => [d.target.name ?? ''],
    explain: () => undefined,
  },
  {
    peer: 'splinter 0018 unsupported_reg_types',
    query: 'splinter-0018-unsupported-reg-types.sql',
    rule: 'no-reg-type-columns',
    ourKeys: (d) => (['pgsodium', 'information_schema', 'pg_catalog'].includes(d.target.schema) ? undefined : [column(d)]),
    explain: (key, side, ctx) => {
      const { table, name } = split(key);
      const col = ctx.table(table)?.columns.find((c) => c.name === name);
      return side === 'ours only' && col && col.type.arrayDims > 0 ? 'an array of a reg* type (splinter matches the element types only)' : undefined;
    },
  },
  {
    peer: 'pg-index-health intersected_indexes',
    query: 'pgih-intersected-indexes.sql',
    rule: 'no-redundant-index',
    ourKeys: (d) => [named(d)],
    explain: (key, side, ctx) => {
      if (side === 'ours only') return undefined;
      const { table, name } = split(key);
      const found = ctx.table(table);
      if (!found) return undefined;
      const all = buildSchemaIndex(ctx.schema).indexesOf(found);
      const small = all.find((i) => i.name === name);
      if (!small) return 'a partition or constraint index the model keeps elsewhere';
      if (small.unique || small.constraint) return 'the shorter index is unique or a constraint\'s: it enforces something';
      if (small.index?.partitionOf) return 'attached to its parent\'s partitioned index: dropped only with it';
      const sameColumns = all.filter((b) => b !== small && (b.where ?? '') === (small.where ?? '') && small.columns.every((c, i) => b.columns[i] === c));
      const twin = sameColumns.find((b) => b.columns.length === small.columns.length);
      if (twin && indexSignature(twin) === indexSignature(small)) return 'an identical index: no-duplicate-index reports the pair';
      if (twin && twin.method !== small.method) return 'same columns, another method';
      if (twin) return 'same columns in another order, opclass, collation or expression';
      if (sameColumns.every((b) => b.method !== small.method)) return 'the longer index is of another method';
      if (small.columns.some((c) => c === undefined)) return 'expressions differ (the peer counts every expression as column 0)';
      return 'order, opclass, collation or INCLUDE columns the longer index does not serve';
    },
  },
  {
    peer: 'pg-index-health btree_indexes_on_array_columns',
    query: 'pgih-btree-indexes-on-array-columns.sql',
    rule: 'no-btree-on-array-column',
    ourKeys: (d) => [named(d)],
    explain: (key, side, ctx) => {
      const { table, name } = split(key);
      const found = ctx.table(table);
      if (side !== 'peer only' || !found) return undefined;
      if (found.indexes.find((i) => i.name === name)?.unique || found.uniqueConstraints.some((u) => u.name === name) || found.primaryKey?.name === name) return 'a unique b-tree: enforces whole-array uniqueness';
      if (found.indexes.find((i) => i.name === name)?.partitionOf) return 'a partition\'s copy of its parent\'s index (reported on the parent)';
      return undefined;
    },
  },
  {
    peer: 'pg-index-health not_valid_constraints',
    query: 'pgih-not-valid-constraints.sql',
    rule: 'no-unvalidated-constraint',
    ourKeys: (d) => (d.target.table ? [named(d)] : undefined),
    explain: (key, side, ctx) => {
      const { table, name } = split(key);
      return side === 'peer only' && ctx.table(table)?.checks.find((c) => c.name === name)?.inherited ? 'a partition\'s copy of its parent\'s check (reported on the parent)' : undefined;
    },
  },
  {
    peer: 'pg-index-health duplicated_foreign_keys + intersected_foreign_keys',
    query: 'pgih-duplicated-foreign-keys.sql',
    rule: 'no-duplicate-fk',
    ourKeys: (d, ctx) => {
      const table = ctx.table(t(d));
      const found = table && redundantForeignKeys(table).find((r) => r.fk.name === d.target.name);
      return found ? [`${t(d)}.${[found.fk.name, found.other.name].sort().join('|')}`] : undefined;
    },
    explain: (key, side, ctx) => {
      const { table, name } = split(key);
      const found = ctx.table(table);
      const [a, b] = name.split('|').map((n) => found?.foreignKeys.find((f) => f.name === n));
      if (!found || !a || !b || side !== 'peer only') return undefined;
      const sameBehaviour = a.onDelete === b.onDelete && a.onUpdate === b.onUpdate;
      if (!sameBehaviour) return 'the keys act differently on delete or update: neither can simply go';
      const narrow = a.columns.length < b.columns.length ? a : b;
      const wide = narrow === a ? b : a;
      if (a.columns.length === b.columns.length) return 'the same columns to other referenced columns: different references';
      if (!narrow.columns.every((c) => wide.columns.includes(c))) return 'overlapping, neither within the other: different references';
      const mapped = narrow.columns.every((c, i) => wide.referencedColumns[wide.columns.indexOf(c)] === narrow.referencedColumns[i]);
      if (!mapped) return 'the shared columns reference other columns in each key: different references';
      if (wide.match !== 'full' && wide.columns.some((c) => !narrow.columns.includes(c) && !found.columns.find((col) => col.name === c)?.notNull)) {
        return 'the wider key is MATCH SIMPLE over a nullable column, so it skips rows the narrower one checks';
      }
      return undefined;
    },
  },
  {
    peer: 'pg-index-health indexes_with_unnecessary_where_clause',
    query: 'pgih-indexes-with-unnecessary-where-clause.sql',
    rule: 'no-redundant-not-null-predicate',
    ourKeys: (d) => [named(d)],
    explain: (key, side, ctx) => {
      const { table, name } = split(key);
      const found = ctx.table(table);
      const ix = found?.indexes.find((i) => i.name === name);
      if (!found || !ix?.where) return undefined;
      if (side === 'ours only') {
        const tested = conjunctsOf(ix.where).map(notNullTestColumn).filter((c): c is string => c !== undefined);
        const keyColumns = new Set(ix.elements.map((e) => e.column));
        if (tested.every((c) => !keyColumns.has(c) || !found.columns.find((col) => col.name === c)?.notNull)) return 'the NOT NULL column tested is not one of the index\'s own columns';
        if (found.partitionOf) return 'a partition\'s index (the peer skips partitions)';
      }
      return undefined;
    },
  },
  {
    peer: 'pg-index-health possible_object_name_overflow',
    query: 'pgih-possible-object-name-overflow.sql',
    rule: 'identifier-max-length',
    ourKeys: (d) => (d.target.column ? undefined : [`${d.target.schema}.${d.target.name ?? d.target.table}`]),
    explain: (key, side, ctx) => {
      if (side !== 'peer only') return undefined;
      // The peer flags names of exactly 63 characters as maybe truncated. A script that writes
      // the name so (a dump keeps names as the catalog has them) gives no sign that it was.
      const name = key.slice(key.indexOf('.') + 1);
      const objects = [
        ...Object.values(ctx.schema.tables).flatMap((tb) => [tb, ...tb.indexes, ...tb.foreignKeys, ...tb.checks, ...tb.uniqueConstraints, ...tb.exclusions, ...(tb.primaryKey ? [tb.primaryKey] : [])]),
        ...Object.values(ctx.schema.views).flatMap((v) => [v, ...v.indexes]),
        ...Object.values(ctx.schema.sequences),
        ...Object.values(ctx.schema.routines),
      ].filter((o) => o.name === name);
      if (objects.length > 0 && objects.every((o) => o.writtenName === undefined)) return 'a name written with exactly 63 characters: it fits, and the script shows no truncation';
      // Postgres 18 names NOT NULL constraints itself, shortening the parts to fit (not a truncation).
      const schemaName = key.split('.')[0];
      const notNull = Object.values(ctx.schema.tables).some((tb) => tb.schema === schemaName && tb.columns.some((c) => c.notNull && makeObjectName(tb.name, c.name, 'not_null') === name));
      return notNull ? "Postgres 18's own name for a NOT NULL constraint, shortened to fit (not truncated)" : undefined;
    },
  },
  {
    peer: 'pg-index-health columns_with_timestamp_or_timetz_type',
    query: 'pgih-columns-with-timestamp-or-timetz-type.sql',
    rule: 'prefer-timestamptz',
    ourKeys: (d) => [column(d)],
    explain: (key, side, ctx) => {
      const { table, name } = split(key);
      const found = ctx.table(table);
      const col = found?.columns.find((c) => c.name === name);
      if (side === 'ours only' && col && col.type.arrayDims > 0) return 'an array of timestamps (the peer matches the scalar types only)';
      if (side === 'peer only' && found && isLedgerTable(found)) return "a migration ledger's column (schema_migrations, ar_internal_metadata): the tool's, not the application's";
      if (side === 'peer only' && col?.inherited) return 'a column inherited from a parent table (reported on the parent)';
      return undefined;
    },
  },
];

/** Peer query results per check, read from the loaded database. */
export type PeerRows = Record<string, string[]>;

/** The `inspect` hook of runOnPglite: every peer query on the database the script built. */
export async function runPeerQueries(db: PGlite): Promise<PeerRows> {
  // splinter 0006 counts policies per role that exists: a PUBLIC policy applies to each. A fresh
  // PGlite has only its superuser (which bypasses RLS), so one ordinary role stands for the rest.
  await db.exec(`DO $$ BEGIN CREATE ROLE schemawise_probe; EXCEPTION WHEN duplicate_object THEN NULL; END $$;`);
  const rows: PeerRows = {};
  for (const file of new Set(PEER_CHECKS.map((c) => c.query))) {
    const sql = readFileSync(new URL(file, FIXTURES), 'utf8');
    const result = await db.query<{ key: string }>(sql);
    rows[file] = result.rows.map((r) => r.key);
  }
  return rows;
}

export interface PeerComparison {
  peer: string;
  rule: string;
  both: number;
  peerOnly: number;
  oursOnly: number;
  /** Explained disagreements by reason, with their counts. */
  reasons: Record<string, number>;
  /** Disagreements no listed difference explains. */
  unexplained: string[];
}

/** A platform's or tool's own table, which only the policy rules visit (RuleMeta.platformTables). */
function platformTable(key: string, side: 'peer only' | 'ours only', rule: { meta: { platformTables?: boolean } }, ctx: Context): string | undefined {
  const found = ctx.table(split(key).table);
  if (side !== 'peer only' || rule.meta.platformTables || !found || !isToolSchemaTable(found)) return undefined;
  return "a tool's or platform's own table (Supabase's auth and storage, pg_partman's templates): the application cannot change it";
}

/** Compares each peer check with its rule on `schema` (the model of the statements PGlite ran). */
export function comparePeers(rows: PeerRows, schema: Schema): PeerComparison[] {
  // Keyed as the peers' rows name tables, `schema.name` unquoted (keyOf would quote `"user"`).
  const tables = new Map(Object.values(schema.tables).map((tb) => [`${tb.schema}.${tb.name}`, tb]));
  const ctx: Context = { schema, table: (key) => tables.get(key) };
  return PEER_CHECKS.map((check) => {
    const rule = RULES_BY_ID.get(check.rule)!;
    const diagnostics = lint(schema, { config: { rules: { [check.rule]: 'warn' }, options: check.options ? { [check.rule]: check.options } : {} }, rules: [rule] });
    const ours = new Set(diagnostics.flatMap((d) => check.ourKeys(d, ctx) ?? []));
    const peer = new Set(rows[check.query] ?? []);
    const result: PeerComparison = { peer: check.peer, rule: check.rule, both: 0, peerOnly: 0, oursOnly: 0, reasons: {}, unexplained: [] };
    const disagree = (key: string, side: 'peer only' | 'ours only') => {
      const reason = platformTable(key, side, rule, ctx) ?? check.explain(key, side, ctx);
      if (reason) result.reasons[`${side}: ${reason}`] = (result.reasons[`${side}: ${reason}`] ?? 0) + 1;
      else result.unexplained.push(`${side}: ${key}`);
    };
    for (const key of peer) {
      if (ours.has(key)) result.both++;
      else {
        result.peerOnly++;
        disagree(key, 'peer only');
      }
    }
    for (const key of ours) {
      if (peer.has(key)) continue;
      result.oursOnly++;
      disagree(key, 'ours only');
    }
    return result;
  });
}
