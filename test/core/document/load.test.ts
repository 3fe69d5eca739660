/**
 * The document loader (src/core/document/load.ts): a document from outside is checked against the
 * format's schema and every SQL fragment it carries is read by the parser, so a share link or a
 * project file cannot smuggle statements into the migration, and a damaged one cannot reach the UI.
 */
import { describe, expect, test } from 'vitest';
import type { SchemaChange } from '../../../src/core/changes';
import { createDocument, deriveDocument, DocumentError, readDocument, type SchemawiseDocument } from '../../../src/core/document';
import type { Schema } from '../../../src/core/model';
import { importSql, initParser } from '../../../src/core/parse';
import { corpusFile } from '../../support/corpus';

// The cases below are built from parsed SQL when the file is collected.
await initParser();

const USERS = { schema: 'public', name: 'users' };
const SOURCE = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, at timestamptz);';
const docWith = (...edits: unknown[]): SchemawiseDocument => JSON.parse(JSON.stringify({ ...createDocument(SOURCE, 'shop.sql'), edits }));

/** The model of a little SQL, whose objects the cases below take apart. */
const model = (sql: string): Schema => importSql(sql).schema;
const strip = <T>(value: T): T => JSON.parse(JSON.stringify(value, (key, v) => (key === 'source' ? undefined : v)));

const column = { name: 'nickname', type: { name: 'text', modifiers: [], arrayDims: 0 }, notNull: false };
const injected = "''; DROP TABLE users; --";

describe('SQL in a document is read by the parser before it reaches the model', () => {
  test('the injection through a column default (issue 14, item 2) is refused, naming the edit and the field', () => {
    const doc = docWith({ kind: 'add-column', table: USERS, column: { ...column, default: injected } });
    expect(() => readDocument(doc)).toThrow(DocumentError);
    expect(() => readDocument(doc)).toThrow('edits[0].column.default (edit 1: add-column on public.users): A semicolon is not allowed here.');
  });

  const table = strip(
    model(`
      CREATE TABLE t (a int CHECK (a > 0), b text DEFAULT 'x', g int GENERATED ALWAYS AS (a * 2) STORED,
        EXCLUDE USING gist (a WITH =) WHERE (a > 1)) WITH (fillfactor=70);
      CREATE INDEX t_i ON t (lower(b)) WHERE a > 0;
      CREATE POLICY p ON t USING (a > 0) WITH CHECK (a < 10);
      CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW WHEN (OLD.a IS DISTINCT FROM NEW.a) EXECUTE FUNCTION f();
    `).tables['public.t']!,
  );
  const partitioned = strip(model(`CREATE TABLE p (a int) PARTITION BY RANGE ((a + 1)); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10);`));
  const objects = strip(
    model(`
      CREATE VIEW v AS SELECT 1 AS one;
      CREATE MATERIALIZED VIEW mv AS SELECT 1 AS one;
      CREATE DOMAIN d AS text DEFAULT 'x' CHECK (VALUE <> '');
      CREATE FUNCTION fn(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
      CREATE SEQUENCE s AS bigint;
    `),
  );
  const set = <T>(value: T, path: (string | number)[], to: unknown): T => {
    const copy = structuredClone(value) as Record<string | number, unknown>;
    let at = copy;
    for (const part of path.slice(0, -1)) at = at[part] as Record<string | number, unknown>;
    at[path.at(-1)!] = to;
    return copy as T;
  };
  const addTable = (path: (string | number)[], to: unknown) => ({ kind: 'add-table', table: set(table, path, to) });

  const DROP = 'DROP TABLE users';
  test.each<[string, unknown, RegExp]>([
    ['a check', addTable(['checks', 0, 'expression'], `a > 0) NOT VALID; ${DROP}; --`), /edits\[0\]\.table\.checks\[0\]\.expression/],
    ['a generated expression', addTable(['columns', 2, 'generated', 'expression'], '1) STORED, evil int GENERATED ALWAYS AS (2'), /columns\[2\]\.generated\.expression/],
    ['a column type', addTable(['columns', 0, 'type', 'modifiers'], ['1) NOT NULL --']), /columns\[0\]\.type \(edit 1: add-table on public\.t\): syntax error/],
    ['an index expression', addTable(['indexes', 0, 'elements', 0, 'expression'], `b)); ${DROP}; --`), /indexes\[0\]\.elements\[0\]\.expression/],
    ['an index predicate', addTable(['indexes', 0, 'where'], `a > 0; ${DROP}`), /indexes\[0\]\.where/],
    ['an exclusion predicate', addTable(['exclusions', 0, 'where'], `a > 1)); ${DROP}; --`), /exclusions\[0\]\.where/],
    ['a trigger WHEN', addTable(['triggers', 0, 'when'], `true) EXECUTE FUNCTION f(); ${DROP}; --`), /triggers\[0\]\.when/],
    ['a policy USING', addTable(['policies', 0, 'using'], `true); ${DROP}; --`), /policies\[0\]\.using/],
    ['a policy WITH CHECK', addTable(['policies', 0, 'withCheck'], 'true) WITH CHECK (false'), /policies\[0\]\.withCheck \(edit 1: add-table on public\.t\): Not a condition/],
    ['storage options', addTable(['options'], [`fillfactor=70); ${DROP}; --`]), /table\.options/],
    ['a partition bound', { kind: 'add-table', table: set(partitioned.tables['public.p1']!, ['partitionOf', 'bound'], `DEFAULT; ${DROP}`) }, /partitionOf\.bound/],
    ['a partition key', { kind: 'add-table', table: set(partitioned.tables['public.p']!, ['partitioning', 'keys', 0, 'expression'], 'a)) PARTITION BY LIST ((a') }, /partitioning\.keys\[0\]\.expression/],
    ['a view query', { kind: 'add-view', view: set(objects.views['public.v']!, ['query'], 'SELECT 1 AS one WITH LOCAL CHECK OPTION') }, /view\.query/],
    ['a view query with two statements', { kind: 'add-view', view: set(objects.views['public.v']!, ['query'], `SELECT 1; ${DROP}`) }, /view\.query/],
    ['a materialized view query', { kind: 'add-view', view: set(objects.views['public.mv']!, ['query'], 'SELECT 1 WITH NO DATA; SELECT 2') }, /view\.query/],
    ['a domain default', { kind: 'add-type', type: set(objects.types['public.d']!, ['default'], `'x'; ${DROP}`) }, /type\.default/],
    ['a domain check', { kind: 'add-type', type: set(objects.types['public.d']!, ['checks', 0, 'expression'], 'true) NOT VALID --') }, /type\.checks\[0\]\.expression/],
    ['a function body (SQL-standard)', { kind: 'add-routine', routine: { ...objects.routines['public.fn(integer)']!, sqlBody: true, body: `RETURN 1; ${DROP};` } }, /routine \(edit 1: add-routine on public\.fn\): the body of fn is not a self-contained SQL fragment/],
    ['a DROP FUNCTION signature', { kind: 'drop-routine', routine: { schema: 'public', name: 'fn', signature: `int); ${DROP}; --` } }, /routine\.signature/],
    ['an ALTER COLUMN ... USING', { kind: 'alter-column', table: USERS, column: 'email', set: { type: { name: 'integer', modifiers: [], arrayDims: 0 }, using: `1; ${DROP}` } }, /set\.using/],
    ['a new default', { kind: 'alter-column', table: USERS, column: 'email', set: { default: injected } }, /set\.default/],
    ['a sequence type', { kind: 'add-sequence', sequence: set(objects.sequences['public.s']!, ['options', 'dataType'], `bigint; ${DROP}`) }, /sequence\.options\.dataType/],
  ])('%s', (_what, edit, path) => {
    const doc = docWith(edit);
    expect(() => readDocument(doc)).toThrow(DocumentError);
    expect(() => readDocument(doc)).toThrow(path);
  });

  test.each<[string, unknown, RegExp]>([
    ['an index method', addTable(['indexes', 0, 'method'], 'btree (a); DROP TABLE users; --'), /indexes\[0\]\.method .*: expected an index method/],
    ['an operator', addTable(['exclusions', 0, 'elements', 0, 'operator'], '= --'), /operator .*: expected an operator/],
    ['an operator class', addTable(['indexes', 0, 'elements', 0, 'opclass'], 'text_ops) --'), /opclass .*: expected an operator class/],
    ['a function language', { kind: 'add-routine', routine: set(objects.routines['public.fn(integer)']!, ['language'], 'sql AS $$x$$; DROP TABLE users; --') }, /language .*: expected a language name/],
    ['a sequence number', { kind: 'add-sequence', sequence: set(objects.sequences['public.s']!, ['options', 'increment'], '1; DROP TABLE users') }, /increment .*: expected a whole number/],
    ['a data migration', { kind: 'data-migration', description: 'x', table: USERS, sql: 'DROP TABLE users' }, /cannot come from a document/],
    ['a name with a NUL', { kind: 'drop-table', table: { schema: 'public', name: 'a\u0000b' } }, /NUL character/],
    ['a column type without modifiers (issue 14, item 4)', { kind: 'add-column', table: USERS, column: { ...column, type: { name: 'text', arrayDims: 0 } } }, /edits\[0\]\.column\.type\.modifiers \(edit 1: add-column on public\.users\): expected a list, found nothing/],
  ])('SQL words printed as they are: %s', (_what, edit, message) => {
    expect(() => readDocument(docWith(edit))).toThrow(message);
  });

  test('pattern parameters are checked against the pattern', () => {
    const doc = { ...docWith(), patterns: [{ pattern: 'soft-delete', target: USERS, params: { column: 3, nope: true } }] };
    expect(() => readDocument(doc)).toThrow(/patterns\[0\]\.params \(pattern 1: soft-delete\): parameter column of soft-delete must be a string, not 3; unknown parameter nope/);
    // A pattern this build does not know is reported when deriving, not refused.
    expect(readDocument({ ...docWith(), patterns: [{ pattern: 'from-the-future', params: { x: 1 } }] }).patterns).toHaveLength(1);
  });

  test('problems are all listed (the first three, then how many more)', () => {
    const doc = docWith(...[1, 2, 3, 4, 5].map(() => ({ kind: 'add-column', table: USERS, column: { ...column, default: injected } })));
    expect(() => readDocument(doc)).toThrow(/edit 1: .*edit 2: .*edit 3: .*; and 2 more$/);
  });

  test('a function is replaced by what Postgres reads from its printed form (its RETURNS text is not printed as written)', () => {
    const routine = { ...objects.routines['public.fn(integer)']!, returns: "int LANGUAGE sql AS 'SELECT 1'; DROP TABLE users; --" };
    const read = readDocument(docWith({ kind: 'add-routine', routine })).edits[0] as Extract<SchemaChange, { kind: 'add-routine' }>;
    expect(read.routine.returns).toBe('integer');
    expect(read.routine).toEqual({ ...objects.routines['public.fn(integer)']!, returns: 'integer' });
  });

  test('a comment at the end of a fragment is dropped: the canonical text replaces the document\'s', () => {
    const doc = docWith(
      { kind: 'add-index', table: USERS, index: { ...strip(table.indexes[0]!), where: 'id > 0 --' } },
      { kind: 'add-view', view: { ...objects.views['public.v']!, query: 'SELECT 1 AS one --' } },
    );
    const read = readDocument(doc).edits as Extract<SchemaChange, { kind: 'add-index' | 'add-view' }>[];
    expect(read[0]!.kind === 'add-index' && read[0]!.index.where).toBe('id > 0');
    expect(read[1]!.kind === 'add-view' && read[1]!.view.query).toBe('SELECT 1 AS one');
  });

  test('good SQL comes back in canonical form; the input is not changed', () => {
    const doc = docWith({ kind: 'add-column', table: USERS, column: { ...column, default: 'NOW( )', type: { name: 'timestamp with time zone', modifiers: [], arrayDims: 0 } } });
    const read = readDocument(doc);
    expect((read.edits[0] as Extract<SchemaChange, { kind: 'add-column' }>).column.default).toBe('now()');
    expect((doc.edits[0] as Extract<SchemaChange, { kind: 'add-column' }>).column.default).toBe('NOW( )');
  });

  test.each(['pagila.sql', 'lago-structure.sql', 'hatchet-v1-core.sql', 'graphile-starter.sql'])('every object of %s, as edits, reads back unchanged', (file) => {
    const schema = strip(importSql(corpusFile(file)).schema);
    const edits: SchemaChange[] = [
      ...Object.values(schema.namespaces).map((namespace) => ({ kind: 'add-schema', namespace }) as const),
      ...Object.values(schema.extensions).map((extension) => ({ kind: 'add-extension', extension }) as const),
      ...Object.values(schema.types).map((type) => ({ kind: 'add-type', type }) as const),
      ...Object.values(schema.sequences).map((sequence) => ({ kind: 'add-sequence', sequence }) as const),
      ...Object.values(schema.routines).map((routine) => ({ kind: 'add-routine', routine }) as const),
      ...Object.values(schema.tables).map((table) => ({ kind: 'add-table', table }) as const),
      ...Object.values(schema.views).map((view) => ({ kind: 'add-view', view }) as const),
    ];
    expect(edits.length).toBeGreaterThan(20);
    const doc = docWith(...edits);
    expect(readDocument(doc)).toEqual(doc);
  });
});
