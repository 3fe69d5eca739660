import { beforeAll, describe, expect, test } from 'vitest';
import { importSql, initParser } from '../../src/core/parse';
import { checkFragment } from '../../src/core/parse/fragment';
import { COMMON_TYPES, resolveType, schemaTypeNames } from '../../src/ui/design/type-names';
import { DesignError } from '../../src/ui/design/errors';
import { identifierProblem, quotingHint } from '../../src/ui/design/identifiers';

beforeAll(async () => {
  await initParser();
});

const check = (kind: 'type' | 'default' | 'check' | 'predicate', text: string) => checkFragment(importSql, { kind, text });
const schema = () =>
  importSql(`CREATE TYPE mood AS ENUM ('a'); CREATE DOMAIN email AS text; CREATE EXTENSION ltree; CREATE TABLE x (p ltree);`).schema;

describe('what the user types is read by the Postgres parser', () => {
  test('types: canonical names and modifiers', () => {
    expect(check('type', 'varchar(40)')).toEqual({ ok: true, type: { name: 'character varying', modifiers: ['40'], arrayDims: 0 } });
    expect(check('type', 'timestamptz')).toMatchObject({ ok: true, type: { name: 'timestamp with time zone' } });
    expect(check('type', 'int[]')).toMatchObject({ ok: true, type: { name: 'integer', arrayDims: 1 } });
  });

  test('every type the picker offers is accepted as it is written', () => {
    for (const text of COMMON_TYPES) {
      const reply = check('type', text);
      expect(reply.ok, text).toBe(true);
      if (reply.ok) expect(() => resolveType(schema(), reply.type!), text).not.toThrow();
    }
  });

  test('not a type, serial, extra clauses, statements of its own', () => {
    expect(check('type', 'foo bar')).toEqual({ ok: false, error: 'syntax error at or near "bar"' });
    expect(check('type', 'serial')).toMatchObject({ ok: false, error: expect.stringMatching(/Identity/) });
    expect(check('type', 'int not null')).toMatchObject({ ok: false, error: expect.stringMatching(/Only the type/) });
    expect(check('type', 'int); DROP TABLE users; --')).toEqual({ ok: false, error: 'A semicolon is not allowed here.' });
    expect(check('type', 'int, b text')).toMatchObject({ ok: false });
    expect(check('type', '')).toMatchObject({ ok: false, error: 'Empty: type a type.' });
  });

  test('defaults, checks and predicates in canonical form', () => {
    expect(check('default', 'NOW( )')).toEqual({ ok: true, sql: 'now()' });
    expect(check('default', "'it''s; fine'")).toMatchObject({ ok: true });
    expect(check('check', 'price >= 0 and price<10')).toEqual({ ok: true, sql: 'price >= 0\n  AND price < 10' });
    expect(check('predicate', 'deleted_at is null')).toEqual({ ok: true, sql: 'deleted_at IS NULL' });
    expect(check('check', 'price >')).toMatchObject({ ok: false, error: expect.stringMatching(/incomplete/) });
  });

  test('type names resolve to the schema: its enums and domains, extension types in use, else an error', () => {
    const s = schema();
    expect(resolveType(s, { name: 'mood', modifiers: [], arrayDims: 1 })).toEqual({ schema: 'public', name: 'mood', modifiers: [], arrayDims: 1 });
    expect(resolveType(s, { name: 'integer', modifiers: [], arrayDims: 0 })).toEqual({ name: 'integer', modifiers: [], arrayDims: 0 });
    expect(() => resolveType(s, { name: 'ltree', modifiers: [], arrayDims: 0 })).not.toThrow();
    expect(() => resolveType(s, { name: 'nope', modifiers: [], arrayDims: 0 })).toThrow(DesignError);
    expect(() => resolveType(s, { schema: 'other', name: 'mood', modifiers: [], arrayDims: 0 })).toThrow(/other\.mood does not exist/);
    expect(schemaTypeNames(s)).toEqual(['email', 'mood']);
  });
});

describe('identifiers', () => {
  test('limits and hints', () => {
    expect(identifierProblem('users')).toBeUndefined();
    expect(identifierProblem(' users')).toMatch(/space/);
    expect(identifierProblem('é'.repeat(32))).toMatch(/64 bytes/);
    expect(quotingHint('Users')).toBe('Will be written "Users" (quoted) in SQL.');
    expect(quotingHint('user')).toMatch(/"user"/);
    expect(quotingHint('users')).toBeUndefined();
  });
});
