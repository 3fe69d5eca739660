/**
 * The objects of a database, one line each, read from Postgres's catalog or from the model in
 * the same words, so a test can `expect(modelObjects(schema)).toEqual(await catalogObjects(db))`
 * and see, object by object, where the importer and Postgres part: schemas, relations (kind,
 * partition parent, inheritance parents, type of a typed table), columns in order with their
 * format_type and NOT NULL and whether they are local, constraints (kind, columns, referenced
 * table, inherited or cloned from a partitioned parent), indexes (columns, unique, partial, a
 * partition of a parent's index), triggers, sequences, types and functions.
 *
 * Counts (catalog-counts.sql) say how many; this says which and what. Expressions are left out:
 * the deparser and pg_get_expr spell them differently.
 */
import type { PGlite } from '@electric-sql/pglite';
import { formatType } from '../../src/core/model/format-type';
import type { Schema, Table, View } from '../../src/core/model';

export interface ObjectListOptions {
  /** Also list the columns of views and materialized views (what the model computed for them). */
  viewColumns?: boolean;
}

const USER = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'`;
const NOT_EXTENSION = (oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oid} AND d.deptype = 'e')`;
const RELATION_KINDS: Record<string, string> = { r: 'table', p: 'partitioned table', v: 'view', m: 'materialized view', f: 'foreign table' };
const CONSTRAINT_KINDS: Record<string, string> = { p: 'primary key', u: 'unique', f: 'foreign key', c: 'check', x: 'exclusion' };

const QUERIES = {
  schemas: `SELECT 'schema ' || n.nspname AS line FROM pg_namespace n WHERE ${USER} AND n.nspname <> 'public' AND ${NOT_EXTENSION('n.oid')}`,
  relations: `SELECT 'relation ' || n.nspname || '.' || c.relname || ': ' || c.relkind::text
      || coalesce(' partition of ' || (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
           JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid AND c.relispartition), '')
      || coalesce(' inherits ' || (SELECT string_agg(pn.nspname || '.' || pc.relname, ', ' ORDER BY i.inhseqno) FROM pg_inherits i
           JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid AND NOT c.relispartition), '')
      || CASE WHEN c.reloftype <> 0 THEN ' of ' || format_type(c.reloftype, NULL) ELSE '' END AS line
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER} AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ${NOT_EXTENSION('c.oid')}`,
  columns: `SELECT 'column ' || n.nspname || '.' || c.relname || ' #' || row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum) || ' ' || a.attname || ': '
      || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
      || CASE WHEN NOT a.attislocal THEN ' inherited' ELSE '' END AS line, c.relkind::text AS relkind
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER} AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped AND ${NOT_EXTENSION('c.oid')}`,
  constraints: `SELECT 'constraint ' || n.nspname || '.' || c.relname || '.' || k.conname || ': ' || k.contype::text
      || CASE WHEN k.contype = 'c' THEN '' ELSE coalesce(' (' || (SELECT string_agg(a.attname, ', ' ORDER BY x.ord) FROM unnest(k.conkey) WITH ORDINALITY x(attnum, ord)
           JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.attnum) || ')', '') END
      || CASE WHEN k.contype = 'f' THEN ' -> ' || fn.nspname || '.' || f.relname || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY x.ord)
           FROM unnest(k.confkey) WITH ORDINALITY x(attnum, ord) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = x.attnum) || ')' ELSE '' END
      || CASE WHEN k.contype = 'c' AND NOT k.conislocal THEN ' inherited' ELSE '' END
      || CASE WHEN k.contype = 'c' AND k.connoinherit THEN ' no inherit' ELSE '' END
      || CASE WHEN k.contype = 'c' AND NOT k.convalidated THEN ' not valid' ELSE '' END
      || CASE WHEN k.conparentid <> 0 THEN ' clone' ELSE '' END AS line
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_class f ON f.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
    WHERE ${USER} AND k.contype IN ('p', 'u', 'f', 'c', 'x') AND ${NOT_EXTENSION('c.oid')}
      -- The referencing side's copies for each partition of a referenced partitioned table.
      AND NOT EXISTS (SELECT 1 FROM pg_constraint parent WHERE parent.oid = k.conparentid AND parent.conrelid = k.conrelid)`,
  indexes: `SELECT 'index ' || n.nspname || '.' || ic.relname || ' on ' || c.relname || ' ('
      || (SELECT string_agg(CASE WHEN x.attnum = 0 THEN 'expr' ELSE a.attname END, ', ' ORDER BY x.ord)
          FROM unnest(i.indkey::int2[]) WITH ORDINALITY x(attnum, ord) LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = x.attnum) || ')'
      || CASE WHEN i.indisunique THEN ' unique' ELSE '' END || CASE WHEN i.indpred IS NOT NULL THEN ' partial' ELSE '' END
      || CASE WHEN EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid) THEN ' partition' ELSE '' END AS line
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
    WHERE ${USER} AND ${NOT_EXTENSION('c.oid')}`,
  triggers: `SELECT 'trigger ' || n.nspname || '.' || c.relname || '.' || t.tgname || CASE WHEN t.tgparentid <> 0 THEN ' clone' ELSE '' END AS line
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER} AND NOT t.tgisinternal AND ${NOT_EXTENSION('c.oid')}`,
  sequences: `SELECT 'sequence ' || n.nspname || '.' || c.relname
      || coalesce(' owned by ' || (SELECT tn.nspname || '.' || t.relname || '.' || a.attname FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
           JOIN pg_namespace tn ON tn.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
           WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'), '') AS line
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER} AND c.relkind = 'S' AND ${NOT_EXTENSION('c.oid')}
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i')`,
  types: `SELECT 'type ' || n.nspname || '.' || t.typname || ': ' || CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range'
      WHEN 'c' THEN 'composite' ELSE 'base' END AS line
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE ${USER} AND t.typtype IN ('e', 'd', 'r', 'c', 'b') AND t.typelem = 0 AND ${NOT_EXTENSION('t.oid')}
      AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')`,
  // Aggregates by name only (the model keeps them as their CREATE text); functions Postgres made
  // as part of another object (a range type's constructors) belong to that object.
  functions: `SELECT CASE WHEN p.prokind = 'a' THEN 'aggregate ' || n.nspname || '.' || p.proname
        ELSE 'function ' || n.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')' END AS line
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER} AND ${NOT_EXTENSION('p.oid')}
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')`,
};

/** The database's objects, one line each, sorted (see the file's comment). */
export async function catalogObjects(db: PGlite, options: ObjectListOptions = {}): Promise<string[]> {
  for (const reset of ['ROLLBACK', 'RESET ROLE']) await db.exec(reset).catch(() => undefined);
  // Every name format_type prints is then qualified, except pg_catalog's, as the model's are.
  await db.exec(`SET search_path = ''`);
  const lines: string[] = [];
  try {
    for (const [kind, query] of Object.entries(QUERIES)) {
      const rows = (await db.query<{ line: string; relkind?: string }>(query)).rows;
      for (const row of rows) {
        if (kind === 'columns' && !options.viewColumns && (row.relkind === 'v' || row.relkind === 'm')) continue;
        lines.push(row.line);
      }
    }
  } finally {
    await db.exec('RESET search_path');
  }
  return lines.map(readable).sort();
}

/** Relation kinds and constraint kinds in words, on both sides. */
function readable(line: string): string {
  return line
    .replace(/^(relation [^:]+: )([rpvmf])\b/, (_m, head: string, kind: string) => head + RELATION_KINDS[kind]!)
    .replace(/^(constraint [^:]+: )([pufcx])\b/, (_m, head: string, kind: string) => head + CONSTRAINT_KINDS[kind]!);
}

const BUILTIN_SCHEMAS = new Set(['public', 'pg_catalog', 'information_schema']);

function relationLine(table: Table): string {
  let line = `relation ${table.schema}.${table.name}: ${table.foreign ? 'foreign table' : table.partitioning ? 'partitioned table' : 'table'}`;
  if (table.partitionOf) line += ` partition of ${table.partitionOf.parent.schema}.${table.partitionOf.parent.name}`;
  if (table.inherits.length > 0) line += ` inherits ${table.inherits.map((p) => `${p.schema}.${p.name}`).join(', ')}`;
  if (table.ofType) line += ` of ${formatType({ schema: table.ofType.schema, name: table.ofType.name, modifiers: [], arrayDims: 0 })}`;
  return line;
}

function columnLines(owner: string, columns: { name: string; type: Parameters<typeof formatType>[0]; notNull: boolean; inherited?: boolean }[]): string[] {
  return columns.map((c, i) => `column ${owner} #${i + 1} ${c.name}: ${formatType(c.type)}${c.notNull ? ' not null' : ''}${c.inherited ? ' inherited' : ''}`);
}

function tableLines(table: Table): string[] {
  const owner = `${table.schema}.${table.name}`;
  const lines = [relationLine(table), ...columnLines(owner, table.columns)];
  const clone = (c: { partitionOf?: unknown }) => (c.partitionOf ? ' clone' : '');
  const indexLine = (name: string, columns: (string | undefined)[], unique: boolean, partial: boolean, partition: boolean) =>
    `index ${table.schema}.${name} on ${table.name} (${columns.map((c) => c ?? 'expr').join(', ')})${unique ? ' unique' : ''}${partial ? ' partial' : ''}${partition ? ' partition' : ''}`;
  if (table.primaryKey) {
    const pk = table.primaryKey;
    lines.push(`constraint ${owner}.${pk.name}: primary key (${pk.columns.join(', ')})${clone(pk)}`);
    lines.push(indexLine(pk.name, [...pk.columns, ...pk.include], true, false, Boolean(pk.partitionOf)));
  }
  for (const u of table.uniqueConstraints) {
    lines.push(`constraint ${owner}.${u.name}: unique (${u.columns.join(', ')})${clone(u)}`);
    lines.push(indexLine(u.name, [...u.columns, ...u.include], true, false, Boolean(u.partitionOf)));
  }
  for (const x of table.exclusions) {
    lines.push(`constraint ${owner}.${x.name}: exclusion (${x.elements.map((e) => e.column ?? 'expr').join(', ')})${clone(x)}`);
    lines.push(indexLine(x.name, [...x.elements.map((e) => e.column), ...x.include], false, Boolean(x.where), Boolean(x.partitionOf)));
  }
  for (const fk of table.foreignKeys) {
    lines.push(
      `constraint ${owner}.${fk.name}: foreign key (${fk.columns.join(', ')}) -> ${fk.references.schema}.${fk.references.name} (${fk.referencedColumns.join(', ')})${clone(fk)}`,
    );
  }
  for (const check of table.checks) {
    lines.push(`constraint ${owner}.${check.name}: check${check.inherited ? ' inherited' : ''}${check.noInherit ? ' no inherit' : ''}${check.notValid ? ' not valid' : ''}`);
  }
  for (const ix of table.indexes) lines.push(indexLine(ix.name, [...ix.elements.map((e) => e.column), ...ix.include], ix.unique, Boolean(ix.where), Boolean(ix.partitionOf)));
  for (const trigger of table.triggers) lines.push(`trigger ${owner}.${trigger.name}${clone(trigger)}`);
  return lines;
}

function viewLines(view: View, options: ObjectListOptions): string[] {
  const owner = `${view.schema}.${view.name}`;
  const lines = [`relation ${owner}: ${view.materialized ? 'materialized view' : 'view'}`];
  if (options.viewColumns) lines.push(...columnLines(owner, view.columns ?? []));
  for (const ix of view.indexes) {
    lines.push(`index ${view.schema}.${ix.name} on ${view.name} (${[...ix.elements.map((e) => e.column ?? 'expr'), ...ix.include].join(', ')})${ix.unique ? ' unique' : ''}${ix.where ? ' partial' : ''}`);
  }
  for (const trigger of view.triggers) lines.push(`trigger ${owner}.${trigger.name}`);
  return lines;
}

/** The model's objects in the words of `catalogObjects`. */
export function modelObjects(schema: Schema, options: ObjectListOptions = {}): string[] {
  const lines: string[] = [];
  for (const name of Object.keys(schema.namespaces)) if (!BUILTIN_SCHEMAS.has(name)) lines.push(`schema ${name}`);
  for (const table of Object.values(schema.tables)) lines.push(...tableLines(table));
  for (const view of Object.values(schema.views)) lines.push(...viewLines(view, options));
  for (const sequence of Object.values(schema.sequences)) {
    const owner = sequence.ownedBy ? ` owned by ${sequence.ownedBy.table.schema}.${sequence.ownedBy.table.name}.${sequence.ownedBy.column}` : '';
    lines.push(`sequence ${sequence.schema}.${sequence.name}${owner}`);
  }
  for (const type of Object.values(schema.types)) {
    if (type.kind === 'shell') continue;
    lines.push(`type ${type.schema}.${type.name}: ${type.kind}`);
  }
  for (const routine of Object.values(schema.routines)) lines.push(`function ${routine.schema}.${routine.name}(${routine.signature})`);
  for (const object of Object.values(schema.opaque)) if (object.kind === 'aggregate') lines.push(`aggregate ${object.schema}.${object.name}`);
  return lines.sort();
}
