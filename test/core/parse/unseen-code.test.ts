/**
 * What the import records about code it runs past (schema.dynamicSql, read by the rules' "could
 * not see") and about names written longer than Postgres keeps (writtenName on every object).
 */
import { describe, expect, test } from 'vitest';
import { importSqlAsync } from '../../../src/core/parse';

describe('schema.dynamicSql', () => {
  test('a called function whose body runs DDL or dynamic SQL the import cannot follow, with the tables its arguments name; a followed call is applied, not recorded', async () => {
    const { schema } = await importSqlAsync(`CREATE TABLE docs (id int PRIMARY KEY);
      CREATE FUNCTION secure(t regclass) RETURNS void LANGUAGE plpgsql AS $$ DECLARE p regclass; BEGIN
        FOR p IN SELECT t UNION ALL SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = t LOOP EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p); END LOOP; END $$;
      CREATE FUNCTION secure_one(t regclass) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t); END $$;
      CREATE FUNCTION plain() RETURNS int LANGUAGE sql AS 'SELECT 1';
      SELECT secure('docs'); SELECT secure_one('docs'); SELECT plain(); SELECT pg_catalog.set_config('search_path', '', false); SELECT setval('docs_id_seq', 1);`);
    expect(schema.dynamicSql).toEqual([
      expect.objectContaining({ via: 'call', routine: { schema: 'public', name: 'secure' }, tables: [{ schema: 'public', name: 'docs' }], kinds: ['row-level-security'] }),
    ]);
    expect(schema.tables['public.docs']!.rowLevelSecurity).toBe(true);
  });

  test("a function not in the script (an extension's) is recorded when it names a table; its body is unseen", async () => {
    const { schema } = await importSqlAsync(`CREATE TABLE prices (id int PRIMARY KEY);
      SELECT periods.add_period('public.prices', 'validity', 'valid_from', 'valid_to'); SELECT some_function(); CALL other.proc('nowhere');`);
    expect(schema.dynamicSql).toEqual([expect.objectContaining({ via: 'call', routine: { schema: 'periods', name: 'add_period' }, tables: [{ schema: 'public', name: 'prices' }] })]);
    expect(schema.dynamicSql![0]!.kinds).toBeUndefined();
  });

  test('a DO block with dynamic EXECUTE, but not one with constant statements only', async () => {
    const { schema } = await importSqlAsync(`CREATE TABLE t (id int);
      DO $$ BEGIN EXECUTE 'CREATE INDEX t_id ON t (id)'; END $$;
      DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables LOOP EXECUTE format('CREATE POLICY p ON %I USING (true)', r.tablename); END LOOP; END $$;`);
    expect(schema.dynamicSql).toEqual([expect.objectContaining({ via: 'do-block', tables: [], kinds: ['policy'] })]);
    expect(schema.tables['public.t']!.indexes.map((i) => i.name)).toEqual(['t_id']);
  });

  test('absent when the script runs no such code', async () => {
    const { schema } = await importSqlAsync('CREATE TABLE t (id int); SELECT 1;');
    expect(schema.dynamicSql).toBeUndefined();
  });
});

describe('writtenName', () => {
  const long = (prefix: string) => `${prefix}_${'x'.repeat(70)}`;
  test('every object whose name Postgres cut to 63 bytes keeps the name as written', async () => {
    const { schema } = await importSqlAsync(`CREATE TABLE p (id int PRIMARY KEY);
      CREATE TABLE t (id int, p_id int, CONSTRAINT ${long('fk')} FOREIGN KEY (p_id) REFERENCES p);
      CREATE INDEX ${long('ix')} ON t (id); CREATE POLICY ${long('pol')} ON t USING (true);
      CREATE VIEW ${long('v')} AS SELECT 1 AS one; CREATE SEQUENCE ${long('seq')};`);
    const t = schema.tables['public.t']!;
    expect(t.foreignKeys[0]!.writtenName).toBe(long('fk'));
    expect(t.foreignKeys[0]!.name).toBe(long('fk').slice(0, 63));
    expect(t.indexes[0]!.writtenName).toBe(long('ix'));
    expect(t.policies[0]!.writtenName).toBe(long('pol'));
    expect(Object.values(schema.views)[0]!.writtenName).toBe(long('v'));
    expect(Object.values(schema.sequences)[0]!.writtenName).toBe(long('seq'));
    expect(schema.tables['public.p']!.writtenName).toBeUndefined();
  });
});
