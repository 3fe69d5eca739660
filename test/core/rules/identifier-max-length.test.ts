import { expect, test } from 'vitest';
import { applyChanges } from '../../../src/core/changes';
import rule from '../../../src/core/rules/identifier-max-length';
import { importClean, lintWith, ruleTester } from './rule-tester';

const long = (n: number) => 'x'.repeat(n);

ruleTester(rule, {
  valid: [
    `CREATE TABLE ${long(63)} (id bigint PRIMARY KEY);`,
    { name: '21 three-byte characters are 63 bytes', sql: `CREATE TABLE "${'€'.repeat(21)}" (id bigint PRIMARY KEY);` },
    { name: 'a 63-byte index name', sql: `CREATE TABLE t (id bigint PRIMARY KEY, a int); CREATE INDEX ${long(63)} ON t (a);` },
    {
      name: 'long names Postgres generates itself are already short',
      sql: `CREATE TABLE ${long(40)} (id bigint PRIMARY KEY, ${long(40)}_id bigint UNIQUE, CHECK (${long(40)}_id > 0));`,
    },
  ],
  invalid: [
    {
      // The importer keeps names truncated to 63 bytes (as Postgres does) and the written name
      // beside them, for every kind of object.
      name: 'a 70-byte table name written in SQL',
      sql: `CREATE TABLE ${long(70)} (id bigint PRIMARY KEY);`,
      messages: 1,
    },
    {
      name: 'a multi-byte column name over 63 bytes written in SQL',
      sql: `CREATE TABLE t (id bigint PRIMARY KEY, "${'é'.repeat(40)}" text);`,
      messages: 1,
    },
    { name: 'an 80-byte index name', sql: `CREATE TABLE t (id bigint PRIMARY KEY, a int); CREATE INDEX ${long(80)} ON t (a);`, messages: 1 },
    {
      name: 'a long foreign key name',
      sql: `CREATE TABLE p (id bigint PRIMARY KEY); CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint, CONSTRAINT ${long(64)} FOREIGN KEY (p_id) REFERENCES p);`,
      messages: 1,
    },
    {
      // The importer reads the text for long names only where a run of name characters (or a
      // stretch after any double quote) can reach 64 bytes: a quote inside a string before the
      // name must not hide it, nor a doubled quote inside the name split it.
      name: 'a long quoted name after a string holding a double quote',
      sql: `CREATE TABLE t (id bigint PRIMARY KEY, a text DEFAULT 'say "hi'); CREATE INDEX "${'word '.repeat(14)}" ON t (a);`,
      messages: 1,
    },
    {
      name: 'a long quoted name with doubled quotes in it',
      sql: `CREATE TABLE t (id bigint PRIMARY KEY, a int); CREATE INDEX "${'ab""'.repeat(22)}" ON t (a);`,
      messages: 1,
    },
    {
      name: 'bytes, not characters: 32 two-byte letters are 64 bytes',
      sql: `CREATE TABLE t (id bigint PRIMARY KEY, a int); CREATE INDEX "${'é'.repeat(32)}" ON t (a);`,
      messages: 1,
    },
    {
      name: 'check, unique, primary key and exclusion names',
      sql: `CREATE TABLE t (id bigint, a int, b int, CONSTRAINT ${long(64)}a PRIMARY KEY (id), CONSTRAINT ${long(64)}b UNIQUE (a),
        CONSTRAINT ${long(64)}c CHECK (b > 0), CONSTRAINT ${long(64)}d EXCLUDE (b WITH =));`,
      messages: 4,
    },
    {
      name: 'sequence, view, function, type, trigger, policy and schema names',
      sql: `CREATE SCHEMA s${long(64)}; CREATE SEQUENCE q${long(64)}; CREATE TABLE t (id bigint PRIMARY KEY);
        CREATE VIEW v${long(64)} AS SELECT id FROM t; CREATE TYPE e${long(64)} AS ENUM ('a');
        CREATE FUNCTION f${long(64)}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        CREATE TRIGGER g${long(64)} BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f${long(64)}();
        CREATE POLICY p${long(64)} ON t USING (true);`,
      messages: 7,
    },
  ],
});

test('design edits: a long column name and a long index name', async () => {
  const schema = await importClean('CREATE TABLE t (id bigint PRIMARY KEY, a int);');
  const edited = applyChanges(schema, [
    { kind: 'rename-column', table: { schema: 'public', name: 't' }, column: 'a', newName: long(64) },
    {
      kind: 'add-index',
      table: { schema: 'public', name: 't' },
      index: { name: `${'é'.repeat(32)}`, unique: false, method: 'btree', elements: [{ column: 'id', descending: false }], include: [], nullsNotDistinct: false, only: false },
    },
  ]);
  const targets = lintWith(rule, edited).map((d) => d.target);
  expect(targets).toHaveLength(2);
  expect(targets).toEqual(expect.arrayContaining([
    { schema: 'public', table: 't', column: long(64) },
    { schema: 'public', table: 't', name: 'é'.repeat(32) },
  ]));
});

test('63 bytes exactly is allowed after an edit', async () => {
  const schema = await importClean('CREATE TABLE t (id bigint PRIMARY KEY, a int);');
  const edited = applyChanges(schema, [{ kind: 'rename-column', table: { schema: 'public', name: 't' }, column: 'a', newName: long(63) }]);
  expect(lintWith(rule, edited)).toEqual([]);
});

test('the message gives bytes and characters and the name as written', async () => {
  const [d] = lintWith(rule, await importClean(`CREATE TABLE t (id bigint PRIMARY KEY, a int); CREATE INDEX "${'é'.repeat(32)}" ON t (a);`));
  expect(d?.message).toBe(`The index name "${'é'.repeat(32)}" is 64 bytes (32 characters); Postgres keeps only the first 63 bytes.`);
  expect(d?.line).toBe(1);
});
