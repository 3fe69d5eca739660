/** COMMENT ON ... IS '...' for every modelled object kind; IS NULL removes the comment. */
import { describe, expect, test } from 'vitest';
import { load } from '../../../support/sql';

const objects = `CREATE TABLE t (id int PRIMARY KEY, a int CHECK (a > 0));
  CREATE INDEX t_a_idx ON t (a);
  CREATE VIEW v AS SELECT id FROM t;
  CREATE MATERIALIZED VIEW mv AS SELECT 1 AS one;
  CREATE TYPE mood AS ENUM ('a');
  CREATE DOMAIN d AS int;
  CREATE SEQUENCE s;
  CREATE SCHEMA app;
  CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'select 1';
  CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
  CREATE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
  CREATE POLICY pol ON t USING (true);`;

describe('COMMENT ON', () => {
  test('tables, columns, indexes, constraints, views, view columns, types, sequences, schemas, functions, triggers, policies', async () => {
    const m = await load(`${objects}
      COMMENT ON TABLE t IS 'table t';
      COMMENT ON COLUMN t.a IS 'col a';
      COMMENT ON COLUMN public.t.id IS 'col id';
      COMMENT ON INDEX t_a_idx IS 'idx';
      COMMENT ON CONSTRAINT t_pkey ON t IS 'pk';
      COMMENT ON CONSTRAINT t_a_check ON public.t IS 'chk';
      COMMENT ON VIEW v IS 'view';
      COMMENT ON COLUMN v.id IS 'view col';
      COMMENT ON MATERIALIZED VIEW mv IS 'mat';
      COMMENT ON TYPE mood IS 'enum';
      COMMENT ON DOMAIN d IS 'dom';
      COMMENT ON SEQUENCE s IS 'seq';
      COMMENT ON SCHEMA app IS 'app schema';
      COMMENT ON FUNCTION f(integer) IS 'fn';
      COMMENT ON TRIGGER tg ON t IS 'trig';
      COMMENT ON POLICY pol ON t IS 'pol';`);
    expect(m.issues).toEqual([]);
    const t = m.table('t');
    expect(t.comment).toBe('table t');
    expect(t.columns.map((c) => c.comment)).toEqual(['col id', 'col a']);
    expect(t.indexes[0]?.comment).toBe('idx');
    expect(t.primaryKey?.comment).toBe('pk');
    expect(t.checks[0]?.comment).toBe('chk');
    expect(m.view('v').comment).toBe('view');
    expect(m.view('v').columnComments).toEqual({ id: 'view col' });
    expect(m.view('mv').comment).toBe('mat');
    expect(m.type('mood').comment).toBe('enum');
    expect(m.type('d').comment).toBe('dom');
    expect(m.sequence('s').comment).toBe('seq');
    expect(m.schema.namespaces.app?.comment).toBe('app schema');
    expect(m.routine('public.f(integer)').comment).toBe('fn');
    expect(t.triggers[0]?.comment).toBe('trig');
    expect(t.policies[0]?.comment).toBe('pol');
  });

  test('IS NULL removes a comment; a later comment replaces an earlier one', async () => {
    const m = await load(`${objects}
      COMMENT ON TABLE t IS 'first';
      COMMENT ON TABLE t IS 'second';
      COMMENT ON COLUMN t.a IS 'col a';
      COMMENT ON COLUMN t.a IS NULL;
      COMMENT ON VIEW v IS 'v';
      COMMENT ON VIEW v IS NULL;
      COMMENT ON COLUMN v.id IS 'x';
      COMMENT ON COLUMN v.id IS NULL;`);
    expect(m.table('t').comment).toBe('second');
    expect('comment' in m.column('t', 'a')).toBe(false);
    expect(m.view('v').comment).toBeUndefined();
    expect(m.view('v').columnComments).toEqual({});
  });

  test("text with quotes, newlines and E'' escapes is kept as the value", async () => {
    const m = await load(`CREATE TABLE t (a int);
      COMMENT ON TABLE t IS 'it''s
two lines';
      COMMENT ON COLUMN t.a IS E'tab\\there';`);
    expect(m.table('t').comment).toBe("it's\ntwo lines");
    expect(m.column('t', 'a').comment).toBe('tab\there');
  });

  test('comments survive an unrelated ALTER and follow a rename', async () => {
    const m = await load(`CREATE TABLE t (a int); COMMENT ON TABLE t IS 'keep'; COMMENT ON COLUMN t.a IS 'col';
      ALTER TABLE t ADD COLUMN b int; ALTER TABLE t RENAME TO u; ALTER TABLE u RENAME a TO aa;`);
    expect(m.table('u').comment).toBe('keep');
    expect(m.column('u', 'aa').comment).toBe('col');
  });

  test('a comment in a schema found through search_path', async () => {
    const m = await load(`CREATE SCHEMA app; CREATE TABLE app.t (a int); SET search_path = app; COMMENT ON TABLE t IS 'in app';`);
    expect(m.table('app.t').comment).toBe('in app');
  });

  test('a comment on a missing object is reported, not thrown; kinds the model does not hold are silent', async () => {
    const m = await load(`COMMENT ON TABLE missing IS 'x';
      COMMENT ON DATABASE postgres IS 'db';
      COMMENT ON ROLE postgres IS 'role';
      CREATE TABLE after_it (a int);`);
    expect(m.issues.length).toBe(1);
    expect(m.issues[0]?.line).toBe(1);
    expect(m.table('after_it').columns.length).toBe(1);
  });
});
