/**
 * What the importer now models (partition clones of foreign keys and triggers, typed tables,
 * foreign tables, LIKE copies, inheritance, views over derived columns) survives the printer:
 * the model printed as DDL and run on a fresh PGlite gives the same objects as the script did.
 */
import type { PGlite } from '@electric-sql/pglite';
import { describe, expect, test } from 'vitest';
import { printSchema } from '../../../../src/core/sql';
import { catalogObjects } from '../../../support/catalog-objects';
import { freshPglite, runStatements } from '../../../support/pglite-oracle';
import { runBoth } from '../../../support/fidelity';

/** The foreign server the script's foreign table lives on (the printer writes it again). */
const SERVER = 'CREATE FOREIGN DATA WRAPPER dummy; CREATE SERVER warehouse FOREIGN DATA WRAPPER dummy;';

/** Each index and exclusion key as pg_get_indexdef prints it (operator classes and their parameters). */
async function indexDefinitions(db: PGlite): Promise<string[]> {
  const { rows } = await db.query<{ def: string }>(`SELECT pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') ORDER BY 1`);
  return rows.map((r) => r.def);
}

async function expectPrintedSame(script: string): Promise<void> {
  const run = await runBoth(`${SERVER}\n${script}`);
  expect(run.pg.failed).toEqual([]);
  const printed = printSchema(run.model.result.schema);
  const [original, db] = await Promise.all([freshPglite(), freshPglite()]);
  try {
    await runStatements(original, `${SERVER}\n${script}`);
    const { failed } = await runStatements(db, printed);
    expect(failed.map((f) => `${f.message}: ${f.text}`)).toEqual([]);
    expect(await catalogObjects(db)).toEqual(run.pg.objects);
    expect(await indexDefinitions(db)).toEqual(await indexDefinitions(original));
  } finally {
    await Promise.all([db.close(), original.close()]);
  }
}

describe('the printer keeps what the importer models', () => {
  test('partitions with cloned foreign keys and triggers, typed and foreign tables', async () => {
    await expectPrintedSame(`
CREATE TABLE accounts (id int PRIMARY KEY);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE events (id bigint, at date NOT NULL, account_id int REFERENCES accounts, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TRIGGER events_touch BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 (id bigint NOT NULL, at date NOT NULL, account_id int);
ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TYPE person AS (id int, name text);
CREATE TABLE people OF person (id WITH OPTIONS PRIMARY KEY, name WITH OPTIONS NOT NULL DEFAULT 'x');
CREATE FOREIGN TABLE stock (sku text NOT NULL, qty int CHECK (qty >= 0)) SERVER warehouse OPTIONS (table_name 'stock');
`);
  });

  test('LIKE copies, inheritance with merged columns and checks', async () => {
    await expectPrintedSame(`
CREATE TABLE src (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, a text NOT NULL DEFAULT 'x' CHECK (a <> ''), c varchar(10) UNIQUE);
CREATE INDEX src_lower ON src (lower(a));
CREATE TABLE copy (LIKE src INCLUDING ALL, extra int);
CREATE TABLE base (id int NOT NULL, note text, CONSTRAINT id_pos CHECK (id > 0));
CREATE TABLE child (note text NOT NULL, extra int) INHERITS (base);
`);
  });

  test('interval fields and precision, unlimited bpchar, operator-class parameters', async () => {
    // format_type prints interval(1), interval second, interval day to second(4) and bpchar;
    // pg_get_indexdef prints tsvector_ops (siglen='8'): each must come back from the printed DDL.
    await expectPrintedSame(`
CREATE TABLE docs (
  id int PRIMARY KEY, a interval(1), b interval second, c interval day to second(4), d interval year to month,
  e interval minute to second(0), f interval hour[], g bpchar DEFAULT 'foo', h char, i char(3)[], doc tsvector, r int4range);
CREATE INDEX docs_doc ON docs USING gist (doc tsvector_ops (siglen=8));
CREATE INDEX docs_doc_big ON docs USING gist (doc tsvector_ops (siglen = 100), r range_ops);
`);
  });
});
