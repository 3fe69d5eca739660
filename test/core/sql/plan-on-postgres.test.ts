/**
 * The planner's contract, checked on Postgres: for corpus files PGlite builds completely and a set
 * of mutations, PGlite(from + up) holds what the target model says (catalog-counts.sql), no
 * statement of the plan fails, and PGlite(from + up + down) is back to `from`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { quoteIdent, quoteQualified, summarize, type Schema, type Table } from '../../../src/core/model';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql } from '../../../src/core/sql';
import { runOnPglite, SHARED_DIR } from '../../support/pglite-oracle';

const CORPUS = join(SHARED_DIR, 'corpus');
/** Files PGlite builds without losing a table-shaping statement. */
const FILES = ['guacamole.sql', 'listmonk.sql', 'kestra-initial.sql', 'temporal.sql', 'danbooru-structure.sql'];

beforeAll(async () => {
  await initParser();
});

function quietTable(schema: Schema): Table {
  const referenced = new Set(Object.values(schema.tables).flatMap((t) => t.foreignKeys.map((fk) => `${fk.references.schema}.${fk.references.name}`)));
  const read = new Set(Object.values(schema.views).flatMap((v) => v.dependsOn.map((d) => `${d.schema}.${d.name}`)));
  return Object.values(schema.tables).find((t) => !t.partitionOf && !t.partitioning && t.columns.length >= 3 &&
    !referenced.has(`${t.schema}.${t.name}`) && !read.has(`${t.schema}.${t.name}`))!;
}

const MUTATIONS: { name: string; sql: (t: Table) => string }[] = [
  { name: 'add columns (one NOT NULL with a default)', sql: (t) => `ALTER TABLE ${quoteQualified(t)} ADD COLUMN sw_note text, ADD COLUMN sw_flag boolean NOT NULL DEFAULT false;` },
  { name: 'add an index, a unique key and a check', sql: (t) => `CREATE INDEX sw_idx ON ${quoteQualified(t)} (${quoteIdent(t.columns[1]!.name)}); ALTER TABLE ${quoteQualified(t)} ADD COLUMN sw_code text, ADD CONSTRAINT sw_code_key UNIQUE (sw_code), ADD CONSTRAINT sw_code_check CHECK (length(sw_code) < 40);` },
  { name: 'a new table with a foreign key to an existing one', sql: (t) => t.primaryKey?.columns.length === 1
      ? `CREATE TABLE public.sw_child (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent ${t.columns.find((c) => c.name === t.primaryKey!.columns[0])!.type.name} NOT NULL); ALTER TABLE public.sw_child ADD CONSTRAINT sw_child_parent_fkey FOREIGN KEY (parent) REFERENCES ${quoteQualified(t)};`
      : 'CREATE TABLE public.sw_child (id bigint PRIMARY KEY);' },
  { name: 'set NOT NULL and a default on an existing column', sql: (t) => {
      const c = t.columns.find((x) => !x.notNull && !x.identity && !x.generated) ?? t.columns[1]!;
      return `ALTER TABLE ${quoteQualified(t)} ALTER COLUMN ${quoteIdent(c.name)} SET NOT NULL;`;
    } },
  { name: 'a view and a function', sql: (t) => `CREATE VIEW public.sw_view AS SELECT ${quoteIdent(t.columns[0]!.name)} FROM ${quoteQualified(t)}; CREATE FUNCTION public.sw_one() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';` },
];

describe('plans run on Postgres: from + up = to, + down = from', () => {
  for (const file of FILES) {
    test(file, async () => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const from = importSql(text).schema;
      const table = quietTable(from);
      const baseline = await runOnPglite(text);
      for (const mutation of MUTATIONS) {
        const to = importSql(`${text}\n;\nRESET search_path;\n${mutation.sql(table)}\n`).schema;
        const plan = planMigration(from, diff(from, to));
        const up = planToSql(plan.up);
        const down = planToSql(plan.down);
        const afterUp = await runOnPglite(`${text}\n;\nRESET search_path;\n${up}`);
        const failedUp = afterUp.failed.filter((f) => !baseline.failed.some((b) => b.text === f.text));
        expect(failedUp.map((f) => `${f.message}: ${f.text.slice(0, 200)}`), `${mutation.name}: up`).toEqual([]);
        expect(afterUp.counts, `${mutation.name}: catalog after up`).toEqual(summarize(to));
        const afterDown = await runOnPglite(`${text}\n;\nRESET search_path;\n${up}\n${down}`);
        const failedDown = afterDown.failed.filter((f) => !baseline.failed.some((b) => b.text === f.text));
        expect(failedDown.map((f) => `${f.message}: ${f.text.slice(0, 200)}`), `${mutation.name}: down`).toEqual([]);
        expect(afterDown.counts, `${mutation.name}: catalog after down`).toEqual(baseline.counts);
      }
    }, 240_000);
  }
});
