/**
 * The last good version of each statement (src/core/parse/last-good.ts): while a text is being
 * edited, a statement that stops parsing keeps the objects of its last version that parsed, marked
 * as stale, until it parses again; a statement the user deleted or replaced is not kept, and
 * neither is anything of another document.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { createImporter, importSql, initParser, splitStatements } from '../../../src/core/parse';
import { corpusFile } from '../../support/corpus';

beforeAll(async () => {
  await initParser();
});

const SQL = `CREATE TABLE authors (
  id bigint PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE books (
  id bigint PRIMARY KEY,
  author_id bigint REFERENCES authors (id),
  title text
);

CREATE TABLE reviews (
  id bigint PRIMARY KEY,
  book_id bigint REFERENCES books (id)
);
`;

const tables = (schema: { tables: Record<string, unknown> }) => Object.keys(schema.tables).sort();

/** The text with the `);` that closes the CREATE TABLE of `table` deleted. */
function withoutClosing(text: string, table: string): string {
  const start = text.indexOf(`CREATE TABLE ${table}`);
  const close = text.indexOf(');', start);
  return text.slice(0, close) + text.slice(close + 2);
}

describe('a statement that stops parsing keeps its last good objects', () => {
  test("deleting the `);` of a table keeps it and the table it merged with, marked stale at the broken statement's line", () => {
    const importer = createImporter({ keepLastGood: true });
    const good = importer.import(SQL);
    expect(good.stale).toBeUndefined();
    const broken = withoutClosing(SQL, 'authors');
    // Without the memory both tables vanish (and the books -> authors line with them).
    expect(tables(importSql(broken).schema)).toEqual(['public.reviews']);

    const kept = importer.import(broken);
    expect(tables(kept.schema)).toEqual(tables(good.schema));
    expect(kept.schema.tables['public.books']!.foreignKeys).toHaveLength(1);
    expect(kept.issues.filter((i) => i.severity === 'error')).toHaveLength(1);
    expect(kept.stale).toEqual([{ line: 1, objects: ['public.authors', 'public.books'] }]);
    // Their objects point at the statement that does not parse.
    expect(kept.schema.tables['public.books']!.source?.line).toBe(1);
    expect(kept.schema.tables['public.books']!.columns[1]!.source?.line).toBe(1);
  });

  test('typing on in the broken statement keeps them; when it parses again it is what it says', () => {
    const importer = createImporter({ keepLastGood: true });
    importer.import(SQL);
    let text = withoutClosing(SQL, 'authors');
    importer.import(text);
    let at = text.indexOf('name text NOT NULL') + 'name text NOT NULL'.length;
    for (const piece of [',', '\n  em', 'ail text']) {
      text = text.slice(0, at) + piece + text.slice(at);
      at += piece.length;
      const result = importer.import(text);
      expect(tables(result.schema)).toEqual(['public.authors', 'public.books', 'public.reviews']);
      expect(result.stale?.[0]?.objects).toEqual(['public.authors', 'public.books']);
    }
    // The `);` typed back: the new column is there, nothing is stale.
    const fixed = text.replace('email text', 'email text\n);');
    const result = importer.import(fixed);
    expect(result.stale).toBeUndefined();
    expect(result.schema.tables['public.authors']!.columns.map((c) => c.name)).toEqual(['id', 'name', 'email']);
    expect(result).toEqual({ ...importSql(fixed), timings: result.timings });
  });

  test('an ALTER TABLE that stops parsing keeps its foreign key, and marks the table it changed', () => {
    const sql = `${SQL}\nALTER TABLE reviews ADD CONSTRAINT reviews_author_fk FOREIGN KEY (book_id) REFERENCES books (id);\n`;
    const importer = createImporter({ keepLastGood: true });
    importer.import(sql);
    const result = importer.import(sql.replace('FOREIGN KEY (book_id)', 'FOREIGN KEY (book_id'));
    expect(result.schema.tables['public.reviews']!.foreignKeys.map((fk) => fk.name)).toContain('reviews_author_fk');
    expect(result.stale).toEqual([{ line: 17, objects: ['public.reviews'] }]);
  });

  test('an opened quote swallows the rest of the file: everything after it is kept', () => {
    const importer = createImporter({ keepLastGood: true });
    importer.import(SQL);
    const broken = SQL.replace('name text NOT NULL', "name text NOT NULL DEFAULT 'x");
    expect(tables(importSql(broken).schema)).toEqual([]);
    const result = importer.import(broken);
    expect(tables(result.schema)).toEqual(['public.authors', 'public.books', 'public.reviews']);
  });

  test('a statement deleted, or a new one half typed, keeps nothing', () => {
    const importer = createImporter({ keepLastGood: true });
    importer.import(SQL);
    const start = SQL.indexOf('CREATE TABLE reviews');
    const deleted = SQL.slice(0, start);
    expect(tables(importer.import(deleted).schema)).toEqual(['public.authors', 'public.books']);
    const typing = `${deleted}CREATE TABLE notes (id bigint`;
    const result = importer.import(typing);
    expect(tables(result.schema)).toEqual(['public.authors', 'public.books']);
    expect(result.stale).toBeUndefined();
  });

  test('nothing of another text stands in: a paste over everything, or forget()', () => {
    const importer = createImporter({ keepLastGood: true });
    importer.import(SQL);
    const other = 'CREATE TABLE one (id int);\nCREATE TABLE two (id int\n';
    expect(tables(importer.import(other).schema)).toEqual(['public.one']);

    importer.import(SQL);
    importer.forget();
    expect(tables(importer.import(withoutClosing(SQL, 'authors')).schema)).toEqual(['public.reviews']);
  });

  test('without keepLastGood the importer gives what importSql gives', () => {
    const importer = createImporter();
    importer.import(SQL);
    const broken = withoutClosing(SQL, 'authors');
    const result = importer.import(broken);
    expect(result).toEqual({ ...importSql(broken), timings: result.timings });
  });

  test.each([
    ['the sample', readFileSync(new URL('../../../src/ui/sample/saas.sql', import.meta.url), 'utf8')],
    ['pagila', corpusFile('pagila.sql')],
  ])('%s: deleting the `);` of any CREATE TABLE keeps every table', (_name, sql) => {
    const importer = createImporter({ keepLastGood: true });
    const full = tables(importer.import(sql).schema);
    const creates = splitStatements(sql).statements.filter((s) => /^CREATE TABLE/i.test(s.text) && s.text.trimEnd().endsWith(')'));
    expect(creates.length).toBeGreaterThan(5);
    for (const statement of creates) {
      importer.import(sql);
      const close = statement.text.trimEnd().length - 1 + statement.start;
      const broken = sql.slice(0, close) + sql.slice(close + 2);
      const result = importer.import(broken);
      expect(tables(result.schema), statement.text.slice(0, 40)).toEqual(full);
      expect(result.stale?.length, statement.text.slice(0, 40)).toBeGreaterThan(0);
    }
  });
});

describe('what does not stand in', () => {
  test('a broken statement inserted between two others keeps nothing of its neighbours', () => {
    // The texts' common suffix reaches back into the statement before the insertion (both end
    // with `);\n\n`): that statement is not the one broken.
    const importer = createImporter({ keepLastGood: true });
    const good = importer.import(SQL);
    const at = SQL.indexOf('CREATE TABLE books');
    const inserted = `${SQL.slice(0, at)}CREATE TABLE broken (id int,, name text);\n\n${SQL.slice(at)}`;
    const result = importer.import(inserted);
    expect(result.stale).toBeUndefined();
    expect(result.issues).toEqual(importSql(inserted).issues);
    expect(tables(result.schema)).toEqual(tables(good.schema));
  });
});

test.each([
  ['the sample', readFileSync(new URL('../../../src/ui/sample/saas.sql', import.meta.url), 'utf8')],
  ['pagila', corpusFile('pagila.sql')],
])('%s: a broken statement typed before any statement keeps nothing stale, and reports what importSql reports', (_name, sql) => {
  const importer = createImporter({ keepLastGood: true });
  const statements = splitStatements(sql).statements;
  for (const statement of statements.filter((_, i) => i % 7 === 0)) {
    importer.import(sql);
    const broken = `${sql.slice(0, statement.start)}CREATE TABLE broken (id int,, x text);\n${sql.slice(statement.start)}`;
    const result = importer.import(broken);
    expect(result.stale, statement.text.slice(0, 40)).toBeUndefined();
    expect(result.issues, statement.text.slice(0, 40)).toEqual(importSql(broken).issues);
  }
});
