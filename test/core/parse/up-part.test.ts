/**
 * goose, sql-migrate and dbmate keep a migration's Up and Down parts in one file: the import
 * reads the Up part alone (the Down part drops what it creates), says where the Down part starts,
 * and keeps every other line and column where it is. A marker counts only as a comment at the
 * start of a line; a file that mentions one in a string or a function body is read whole.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { importSql, initParser, joinMigrations, locateJoinedLine } from '../../../src/core/parse';
import { diff } from '../../../src/core/diff';
import { exportMigration } from '../../../src/core/export';
import { planMigration } from '../../../src/core/sql';
import { corpusFile } from '../../support/corpus';

beforeAll(async () => {
  await initParser();
});

const tablesOf = (text: string): string[] => Object.keys(importSql(text).schema.tables).sort();
const infos = (text: string) => importSql(text).issues.filter((i) => i.severity !== 'error');
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

// goose: its documented shape, with a trigger function between StatementBegin and StatementEnd
// (the body's `;` would otherwise end goose's statement), and the Down part dropping it all.
const GOOSE = `-- +goose Up
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd

CREATE TRIGGER users_updated_at BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- +goose Down
-- +goose StatementBegin
DROP TRIGGER IF EXISTS users_updated_at ON users;
DROP FUNCTION IF EXISTS set_updated_at();
-- +goose StatementEnd
DROP TABLE users;
`;

// dbmate: the README's shape, with the option the Up line may carry.
const DBMATE = `-- migrate:up transaction:false
create table projects (
  id integer primary key,
  name varchar(255) not null
);
create index concurrently projects_name_idx on projects (name);

-- migrate:down
drop table projects;
`;

describe('a file with Up and Down markers: the Up part is read', () => {
  test('sql-migrate: Nakama\'s first migration, whole (its Down part drops all 12 tables)', () => {
    const upPart = corpusFile('nakama-initial.sql');
    const whole = `${upPart}-- +migrate Down
DROP TABLE IF EXISTS group_edge;
DROP TABLE IF EXISTS groups;
DROP TABLE IF EXISTS user_tombstone;
DROP TABLE IF EXISTS wallet_ledger;
DROP TABLE IF EXISTS leaderboard_record;
DROP TABLE IF EXISTS leaderboard;
DROP TABLE IF EXISTS message;
DROP TABLE IF EXISTS storage;
DROP TABLE IF EXISTS notification;
DROP TABLE IF EXISTS user_edge;
DROP TABLE IF EXISTS user_device;
DROP TABLE IF EXISTS users;
`;
    const result = importSql(whole);
    expect(Object.keys(result.schema.tables)).toHaveLength(12);
    expect(result.schema).toEqual(importSql(upPart).schema);
    const downLine = lineOf(whole, '-- +migrate Down');
    expect(result.issues).toContainEqual({
      line: downLine,
      column: 1,
      endLine: downLine,
      endColumn: 17,
      severity: 'info',
      message: `The Down part of this sql-migrate migration, from line ${downLine}, is not read: it undoes the Up part.`,
    });
  });

  test('goose: the table, function and trigger of the Up part; one note at the Down line', () => {
    const result = importSql(GOOSE);
    expect(Object.keys(result.schema.tables)).toEqual(['public.users']);
    expect(result.schema.tables['public.users']!.triggers.map((t) => t.name)).toEqual(['users_updated_at']);
    expect(Object.keys(result.schema.routines)).toHaveLength(1);
    expect(result.issues.map((i) => [i.line, i.severity, i.message])).toEqual([
      [lineOf(GOOSE, '-- +goose Down'), 'info', 'The Down part of this goose migration, from line 20, is not read: it undoes the Up part.'],
    ]);
  });

  test('goose markers are case-insensitive (goose v3), with options after sql-migrate\'s and dbmate\'s', () => {
    expect(tablesOf('-- +goose up\nCREATE TABLE a (id int);\n-- +goose down\nDROP TABLE a;\n')).toEqual(['public.a']);
    expect(tablesOf('-- +migrate Up notransaction\nCREATE TABLE a (id int);\n-- +migrate Down\nDROP TABLE a;\n')).toEqual(['public.a']);
    expect(tablesOf('-- migrate:up\r\nCREATE TABLE a (id int);\r\n-- migrate:down transaction:false\r\nDROP TABLE a;\r\n')).toEqual(['public.a']);
  });

  test('dbmate: the Up part, even without a `;` before the Down line (dbmate sends it as it is)', () => {
    expect(tablesOf(DBMATE)).toEqual(['public.projects']);
    const noSemicolon = '-- migrate:up\ncreate table a (id int)\n-- migrate:down\ndrop table a;\n';
    const result = importSql(noSemicolon);
    expect(Object.keys(result.schema.tables)).toEqual(['public.a']);
    expect(result.issues.map((i) => i.severity)).toEqual(['info']);
  });

  test('sql-migrate switches at every marker: every Up part is read, every Down part is not', () => {
    const text = '-- +migrate Up\nCREATE TABLE a (id int);\n-- +migrate Down\nDROP TABLE a;\n-- +migrate Up\nCREATE TABLE b (id int);\n-- +migrate Down\nDROP TABLE b;\n';
    expect(tablesOf(text)).toEqual(['public.a', 'public.b']);
    expect(infos(text).map((i) => i.message)).toEqual([
      'The Down part of this sql-migrate migration, from line 3, is not read (nor is the one from line 7): it undoes the Up part.',
    ]);
  });

  test('statements before the Up line are not read, with a warning (the tools skip or refuse them)', () => {
    const text = '-- header\nCREATE TABLE early (id int);\n\n-- +goose Up\nCREATE TABLE a (id int);\n-- +goose Down\nDROP TABLE a;\n';
    expect(tablesOf(text)).toEqual(['public.a']);
    expect(infos(text).map((i) => [i.line, i.severity])).toEqual([[2, 'warning'], [6, 'info']]);
  });
});

describe('lines and columns of the Up part stay exact', () => {
  test('an error in the Up part is where it is in the file; nothing of the Down part is reported', () => {
    const text = `${GOOSE.replace('email text NOT NULL UNIQUE', 'email txt NOT NULL UNIQUE,, x')}-- a broken down statement\nDROP TABLEE nothing;\n`;
    const errors = importSql(text).issues.filter((i) => i.severity === 'error');
    // The syntax error where the parser stops, and the trigger on the table it left uncreated.
    expect(errors.map((e) => [e.line, e.column])).toEqual([[4, 31], [17, 1]]);
    expect(importSql(GOOSE).schema.tables['public.users']!.source).toMatchObject({ line: 2, column: 1 });
  });
});

describe('a marker only counts as a comment at the start of a line', () => {
  test('inside a string, a dollar-quoted function body, a /* comment */ or after spaces: the file is read whole', () => {
    // A table of migration templates and a function that writes one: the marker lines are data.
    const text = `CREATE TABLE templates (name text PRIMARY KEY, body text NOT NULL);
INSERT INTO templates VALUES ('goose', '-- +goose Up
CREATE TABLE example (id int);
-- +goose Down
DROP TABLE example;
');
CREATE FUNCTION dbmate_template(t text) RETURNS text LANGUAGE plpgsql AS $fn$
BEGIN
-- migrate:down
  RETURN '-- migrate:up' || chr(10) || t;
END;
$fn$;
/*
-- +migrate Down
*/
  -- +goose Down
CREATE TABLE after_mentions (id int);
DROP TABLE IF EXISTS nothing_here;
`;
    expect(tablesOf(text)).toEqual(['public.after_mentions', 'public.templates']);
    expect(Object.keys(importSql(text).schema.routines)).toHaveLength(1);
    expect(infos(text)).toEqual([]);
  });

  test('a file without markers is read as before: its DROP still drops', () => {
    const text = corpusFile('nakama-initial.sql').replace('-- +migrate Up\n', '');
    expect(importSql(text).issues.filter((i) => /Down part/.test(i.message))).toEqual([]);
    expect(tablesOf(`${text}DROP TABLE users CASCADE;\n`)).not.toContain('public.users');
  });
});

describe('a migration folder: each file on its own', () => {
  test('a goose file\'s Down part ends at the next file, whose statements are read', () => {
    const joined = joinMigrations([
      { path: '00001_users.sql', text: GOOSE },
      { path: '00002_projects.sql', text: DBMATE },
      { path: '00003_plain.sql', text: 'CREATE TABLE plain (id int);\n' },
    ]);
    const result = importSql(joined.text);
    expect(Object.keys(result.schema.tables).sort()).toEqual(['public.plain', 'public.projects', 'public.users']);
    const notes = result.issues.filter((i) => i.severity === 'info');
    expect(notes.map((i) => locateJoinedLine(joined, i.line))).toEqual([
      { path: '00001_users.sql', line: lineOf(GOOSE, '-- +goose Down') },
      { path: '00002_projects.sql', line: lineOf(DBMATE, '-- migrate:down') },
    ]);
    expect(notes.map((i) => i.message)).toEqual([
      expect.stringMatching(/^The Down part of this goose migration, from line \d+, is not read/),
      expect.stringMatching(/^The Down part of this dbmate migration, from line \d+, is not read/),
    ]);
  });
});

describe('the unread parts, for an editor to grey out', () => {
  test('goose: from the Down line to the last character of the file; none for a file without markers', () => {
    const down = lineOf(GOOSE, '-- +goose Down');
    const lines = GOOSE.trimEnd().split('\n');
    expect(importSql(GOOSE).unread).toEqual([
      { line: down, column: 1, endLine: lines.length, endColumn: lines.at(-1)!.length + 1, reason: expect.stringContaining('the Down part of this goose migration') },
    ]);
    expect(importSql('CREATE TABLE a (id int);\nDROP TABLE a;\n').unread).toBeUndefined();
  });

  test('sql-migrate: every Down part, each up to its next Up line; text before the first Up marker too', () => {
    const text = '-- header\nCREATE TABLE early (id int);\n\n-- +migrate Up\nCREATE TABLE a (id int);\n-- +migrate Down\nDROP TABLE a;\n\n-- +migrate Up\nCREATE TABLE b (id int);\n-- +migrate Down\nDROP TABLE b;\n';
    expect(importSql(text).unread!.map(({ line, column, endLine, endColumn }) => [line, column, endLine, endColumn])).toEqual([
      [1, 1, 2, 29],
      [6, 1, 7, 14],
      [11, 1, 12, 14],
    ]);
    expect(importSql(text).unread![0]!.reason).toContain('before the Up marker');
    // A marker on the first line leaves nothing before it to grey out.
    expect(importSql(DBMATE).unread).toHaveLength(1);
  });

  test('a migration folder: a Down part ends before the next file\'s header', () => {
    const joined = joinMigrations([
      { path: '00001_users.sql', text: GOOSE },
      { path: '00002_plain.sql', text: 'CREATE TABLE plain (id int);\n' },
    ]);
    const [part] = importSql(joined.text).unread!;
    const header = joined.text.split('\n').findIndex((l) => l.includes('00002_plain.sql')) + 1;
    expect(part!.endLine).toBeLessThan(header);
    expect(joined.text.split('\n')[part!.endLine - 1]).toBe('DROP TABLE users;');
  });
});

describe('Schemawise\'s own dbmate export, read back', () => {
  test('a folder of the base schema and the exported dbmate files (one a `transaction:false` index build) reads as the target', () => {
    const base = 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy text);\n';
    const target = `CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, total numeric(12, 2) NOT NULL);
CREATE INDEX orders_user_id_idx ON orders (user_id);
CREATE INDEX users_email_idx ON users (email);
`;
    const from = importSql(base).schema;
    const to = importSql(target).schema;
    const plan = planMigration(from, diff(from, to), { allowDestructive: true });
    const files = exportMigration(plan, 'dbmate', { name: 'orders', timestamp: new Date('2024-05-06T07:08:09Z') }).files;
    expect(files.length).toBeGreaterThan(1);
    expect(files.every((f) => /^-- migrate:down/m.test(f.content))).toBe(true);
    const joined = joinMigrations([{ path: '00000000000000_base.sql', text: base }, ...files.map((f) => ({ path: f.path, text: f.content }))]);
    const result = importSql(joined.text);
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(diff(result.schema, to)).toEqual([]);
  });
});

