/** Mutations of corpus schemas written as SQL, shared by the planner's tests. */
import { quoteIdent, quoteQualified, type Schema, type Table } from '../../src/core/model';

/** A plain table that no foreign key references and no view reads: safe to reshape. */
export function quietTable(schema: Schema): Table {
  const referenced = new Set(Object.values(schema.tables).flatMap((t) => t.foreignKeys.map((fk) => `${fk.references.schema}.${fk.references.name}`)));
  const read = new Set(Object.values(schema.views).flatMap((v) => v.dependsOn.map((d) => `${d.schema}.${d.name}`)));
  // Postgres expands a view's `*` when the view is created; the model keeps the query as written,
  // so a table under a `SELECT *` view would gain columns in the printed target that the real
  // view does not (a known limit). Such tables are not mutated.
  const starRead = new Set(Object.values(schema.views).filter((v) => /(^|[\s,.])\*(\s|,|$)/m.test(v.query)).flatMap((v) => v.dependsOn.map((d) => `${d.schema}.${d.name}`)));
  const plain = Object.values(schema.tables).filter((t) => !t.partitionOf && !t.partitioning && t.inherits.length === 0 && t.columns.length >= 3);
  // Best a table nothing points at; else one only views read (the planner rebuilds them); else any.
  const table = plain.find((t) => !referenced.has(`${t.schema}.${t.name}`) && !read.has(`${t.schema}.${t.name}`)) ??
    plain.find((t) => !referenced.has(`${t.schema}.${t.name}`) && !starRead.has(`${t.schema}.${t.name}`)) ??
    plain.find((t) => !starRead.has(`${t.schema}.${t.name}`)) ?? plain[0];
  if (!table) throw new Error('no table to mutate');
  return table;
}

export const PLAN_MUTATIONS: { name: string; sql: (t: Table) => string }[] = [
  { name: 'add columns (one NOT NULL with a default)', sql: (t) => `ALTER TABLE ${quoteQualified(t)} ADD COLUMN sw_note text, ADD COLUMN sw_flag boolean NOT NULL DEFAULT false;` },
  { name: 'add an index, a unique key and a check', sql: (t) => `CREATE INDEX sw_idx ON ${quoteQualified(t)} (${quoteIdent(t.columns[1]!.name)}); ALTER TABLE ${quoteQualified(t)} ADD COLUMN sw_code text, ADD CONSTRAINT sw_code_key UNIQUE (sw_code), ADD CONSTRAINT sw_code_check CHECK (length(sw_code) < 40);` },
  { name: 'a new table with a foreign key to an existing one', sql: (t) => t.primaryKey?.columns.length === 1
      ? `CREATE TABLE public.sw_child (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent ${t.columns.find((c) => c.name === t.primaryKey!.columns[0])!.type.name} NOT NULL); ALTER TABLE public.sw_child ADD CONSTRAINT sw_child_parent_fkey FOREIGN KEY (parent) REFERENCES ${quoteQualified(t)}; CREATE INDEX sw_child_parent_idx ON public.sw_child (parent);`
      : 'CREATE TABLE public.sw_child (id bigint PRIMARY KEY);' },
  { name: 'set NOT NULL on an existing column', sql: (t) => {
      const c = t.columns.find((x) => !x.notNull && !x.identity && !x.generated) ?? t.columns[1]!;
      return `ALTER TABLE ${quoteQualified(t)} ALTER COLUMN ${quoteIdent(c.name)} SET NOT NULL;`;
    } },
  { name: 'a view and a function', sql: (t) => `CREATE VIEW public.sw_view AS SELECT ${quoteIdent(t.columns[0]!.name)} FROM ${quoteQualified(t)}; CREATE FUNCTION public.sw_one() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';` },
];
