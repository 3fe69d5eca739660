/**
 * The differ's invariants on real schemas: diff(s, s) is empty, and for every corpus file and a
 * set of mutations written as SQL, applying diff(from, to) to `from` gives exactly `to`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { applyChanges, type SchemaChange } from '../../../src/core/changes';
import { diff } from '../../../src/core/diff';
import { quoteIdent, quoteQualified, type Schema, type Table } from '../../../src/core/model';
import { importSql, initParser } from '../../../src/core/parse';
import { canonical } from '../../../src/core/diff/compare';
import { CORPUS_DIR } from '../../support/corpus';

const CORPUS = CORPUS_DIR;
const FILES = readdirSync(CORPUS).filter((f) => f.endsWith('.sql')).sort();

beforeAll(async () => {
  await initParser();
});

/** A plain table that no foreign key references (preferably one no view reads): safe to reshape. */
function quietTable(schema: Schema): Table | undefined {
  const referenced = new Set(Object.values(schema.tables).flatMap((t) => t.foreignKeys.map((fk) => `${fk.references.schema}.${fk.references.name}`)));
  const read = new Set(Object.values(schema.views).flatMap((v) => v.dependsOn.map((d) => `${d.schema}.${d.name}`)));
  const candidates = Object.values(schema.tables).filter((t) =>
    !t.partitionOf && !t.partitioning && t.inherits.length === 0 && t.columns.length >= 3 &&
    !referenced.has(`${t.schema}.${t.name}`) &&
    !Object.values(schema.tables).some((o) => o.inherits.some((p) => p.schema === t.schema && p.name === t.name)));
  return candidates.find((t) => !read.has(`${t.schema}.${t.name}`)) ?? candidates[0];
}

interface Mutation {
  name: string;
  sql: (s: Schema, t: Table) => string | undefined;
  renames?: (t: Table) => SchemaChange[];
}

const MUTATIONS: Mutation[] = [
  {
    name: 'drop a column',
    sql: (_s, t) => {
      const pk = new Set([...(t.primaryKey?.columns ?? []), ...t.foreignKeys.flatMap((fk) => fk.columns)]);
      const column = t.columns.find((c) => !pk.has(c.name));
      return column && `ALTER TABLE ${quoteQualified(t)} DROP COLUMN ${quoteIdent(column.name)} CASCADE;`;
    },
  },
  { name: 'add a column', sql: (_s, t) => `ALTER TABLE ${quoteQualified(t)} ADD COLUMN sw_added text NOT NULL DEFAULT 'x';` },
  {
    name: 'change a type, nullability and default',
    sql: (s, t) => {
      // Postgres refuses to change the type of a column a view reads.
      const read = new Set(Object.values(s.views).flatMap((v) => (v.readsColumns ?? []).filter((r) => r.relation.schema === t.schema && r.relation.name === t.name).flatMap((r) => r.columns)));
      const column = t.columns.find((c) => c.type.name === 'integer' && !c.type.schema && c.type.arrayDims === 0 && !c.identity && !c.generated && !read.has(c.name));
      return column && `ALTER TABLE ${quoteQualified(t)} ALTER COLUMN ${quoteIdent(column.name)} TYPE bigint, ALTER COLUMN ${quoteIdent(column.name)} SET DEFAULT 7;`;
    },
  },
  {
    name: 'add a partial unique index and a NOT VALID check',
    sql: (_s, t) => `CREATE UNIQUE INDEX sw_partial ON ${quoteQualified(t)} (${quoteIdent(t.columns[0]!.name)}) WHERE ${quoteIdent(t.columns[1]!.name)} IS NOT NULL;
      ALTER TABLE ${quoteQualified(t)} ADD CONSTRAINT sw_check CHECK (${quoteIdent(t.columns[0]!.name)} IS NOT NULL) NOT VALID;`,
  },
  {
    name: 'drop the indexes and constraints of a table',
    sql: (_s, t) => [
      ...t.indexes.filter((ix) => !ix.partitionOf).map((ix) => `DROP INDEX ${quoteQualified({ schema: t.schema, name: ix.name })};`),
      ...t.checks.filter((c) => !c.inherited).map((c) => `ALTER TABLE ${quoteQualified(t)} DROP CONSTRAINT ${quoteIdent(c.name)};`),
    ].join('\n') || undefined,
  },
  {
    name: 'a new table with a foreign key, a view and a trigger-free function',
    sql: (_s, t) => `CREATE TABLE public.sw_new (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label text UNIQUE, made timestamptz DEFAULT now());
      CREATE TABLE public.sw_child (id bigint PRIMARY KEY, new_id bigint NOT NULL REFERENCES public.sw_new (id) ON DELETE CASCADE);
      CREATE INDEX sw_child_new_id_idx ON public.sw_child (new_id);
      CREATE VIEW public.sw_view AS SELECT id, label FROM public.sw_new;
      CREATE FUNCTION public.sw_fn(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
      COMMENT ON TABLE ${quoteQualified(t)} IS 'changed by the differ test';`,
  },
  {
    name: 'enum labels added and a new enum',
    sql: (s) => {
      const enumType = Object.values(s.types).find((ty) => ty.kind === 'enum');
      const added = enumType && enumType.kind === 'enum' ? `ALTER TYPE ${quoteQualified(enumType)} ADD VALUE 'sw_first' BEFORE '${enumType.values[0]!.replace(/'/g, "''")}'; ALTER TYPE ${quoteQualified(enumType)} ADD VALUE 'sw_last';` : '';
      return `${added} CREATE TYPE public.sw_mood AS ENUM ('sad', 'ok');`;
    },
  },
  { name: 'drop a table', sql: (_s, t) => `DROP TABLE ${quoteQualified(t)} CASCADE;` },
  {
    name: 'rename a table and a column (as design edits)',
    sql: (_s, t) => `ALTER TABLE ${quoteQualified(t)} RENAME COLUMN ${quoteIdent(t.columns[0]!.name)} TO sw_renamed_column;
      ALTER TABLE ${quoteQualified(t)} RENAME TO sw_renamed_table;`,
    renames: (t) => [
      { kind: 'rename-column', table: { schema: t.schema, name: t.name }, column: t.columns[0]!.name, newName: 'sw_renamed_column' },
      { kind: 'rename-table', table: { schema: t.schema, name: t.name }, newName: 'sw_renamed_table' },
    ],
  },
];

describe('diff(s, s) is empty', () => {
  test.each(FILES)('%s', (file) => {
    const { schema } = importSql(readFileSync(join(CORPUS, file), 'utf8'));
    expect(diff(schema, schema)).toEqual([]);
  });
});

describe('applyChanges(from, diff(from, to)) equals to', () => {
  test.each(FILES)('%s', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const from = importSql(text).schema;
    const table = quietTable(from);
    expect(table, 'a table to mutate').toBeDefined();
    let checked = 0;
    for (const mutation of MUTATIONS) {
      const sql = mutation.sql(from, table!);
      if (!sql) continue;
      const to = importSql(`${text}\n;\nRESET search_path;\n${sql}\n`).schema;
      const changes = diff(from, to, { renames: mutation.renames?.(table!) });
      expect(changes.length, `${mutation.name}: some change`).toBeGreaterThan(0);
      // Renames mean nothing to the importer's model except through the edits.
      expect(canonical(applyChanges(from, changes)), mutation.name).toBe(canonical(to));
      expect(diff(to, applyChanges(from, changes)), `${mutation.name}: nothing left`).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(7);
  });
});
