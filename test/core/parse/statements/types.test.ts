/**
 * CREATE TYPE (enum, composite, range, base, shell), CREATE / ALTER DOMAIN, ALTER TYPE.
 * Expected: pg_enum order, pg_constraint names of domain checks, pg_type defaults.
 */
import { describe, expect, test } from 'vitest';
import type { CompositeType, DomainType, EnumType, OtherType } from '../../../../src/core/model';
import { load, type Loaded } from '../../../support/sql';

function enumOf(m: Loaded, name: string): EnumType {
  const t = m.type(name);
  if (t.kind !== 'enum') throw new Error(`${name} is a ${t.kind}`);
  return t;
}

function domainOf(m: Loaded, name: string): DomainType {
  const t = m.type(name);
  if (t.kind !== 'domain') throw new Error(`${name} is a ${t.kind}`);
  return t;
}

function compositeOf(m: Loaded, name: string): CompositeType {
  const t = m.type(name);
  if (t.kind !== 'composite') throw new Error(`${name} is a ${t.kind}`);
  return t;
}

describe('enums', () => {
  test('values in order; ADD VALUE BEFORE / AFTER / at the end; IF NOT EXISTS; RENAME VALUE', async () => {
    const m = await load(`CREATE TYPE mood AS ENUM ('sad', 'ok');
      ALTER TYPE mood ADD VALUE 'happy' AFTER 'ok';
      ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
      ALTER TYPE mood ADD VALUE 'ecstatic';
      ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad';
      ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';`);
    expect(m.issues).toEqual([]);
    expect(enumOf(m, 'mood')).toMatchObject({ schema: 'public', name: 'mood', values: ['blue', 'meh', 'ok', 'happy', 'ecstatic'] });
  });

  test('adding an existing label without IF NOT EXISTS, renaming a missing one: errors, values unchanged', async () => {
    const m = await load(`CREATE TYPE mood AS ENUM ('sad', 'ok');
      ALTER TYPE mood ADD VALUE 'ok';
      ALTER TYPE mood RENAME VALUE 'nope' TO 'x';`);
    expect(m.errors.length).toBe(2);
    expect(enumOf(m, 'mood').values).toEqual(['sad', 'ok']);
  });

  test('an enum in a schema, a duplicate type name is an error', async () => {
    const m = await load(`CREATE SCHEMA app; CREATE TYPE app.status AS ENUM ('a');
      SET search_path = app; CREATE TYPE status AS ENUM ('b'); ALTER TYPE status ADD VALUE 'c';`);
    expect(m.errors.map((e) => e.message)).toEqual(['type "status" already exists']);
    expect(enumOf(m, 'app.status').values).toEqual(['a', 'c']);
  });

  test('source position of the type', async () => {
    const m = await load("\n\n  CREATE TYPE mood AS ENUM ('a');");
    expect(m.type('mood').source).toMatchObject({ line: 3, column: 3 });
  });
});

describe('domains', () => {
  test('base type, NOT NULL, DEFAULT, checks auto-named <domain>_check, <domain>_check1', async () => {
    const m = await load(`CREATE DOMAIN posint AS int NOT NULL DEFAULT 1 CHECK (VALUE > 0) CHECK (VALUE < 1000);
      CREATE DOMAIN email AS varchar(200) COLLATE "C" CONSTRAINT email_has_at CHECK (VALUE ~ '@');`);
    expect(m.errors).toEqual([]);
    const p = domainOf(m, 'posint');
    expect(p.baseType).toEqual({ name: 'integer', modifiers: [], arrayDims: 0 });
    expect(p.notNull).toBe(true);
    expect(p.default).toBe('1');
    expect(p.checks.map((c) => c.name)).toEqual(['posint_check', 'posint_check1']);
    expect(p.checks.every((c) => !c.notValid)).toBe(true);
    const e = domainOf(m, 'email');
    expect(e.baseType).toEqual({ name: 'character varying', modifiers: ['200'], arrayDims: 0 });
    expect(e.collation).toBe('C');
    expect(e.checks.map((c) => c.name)).toEqual(['email_has_at']);
  });

  test('two spellings of a domain check compare equal', async () => {
    const a = await load('CREATE DOMAIN d AS int CHECK ((VALUE>0));');
    const b = await load('create domain d as integer check (value > 0);');
    expect(domainOf(a, 'd').checks[0]?.expression).toBe(domainOf(b, 'd').checks[0]?.expression);
  });

  test('ALTER DOMAIN: ADD CHECK NOT VALID, VALIDATE, SET / DROP DEFAULT, SET / DROP NOT NULL, DROP CONSTRAINT', async () => {
    const m = await load(`CREATE DOMAIN posint AS int NOT NULL DEFAULT 1 CHECK (VALUE > 0) CHECK (VALUE < 1000);
      CREATE DOMAIN email AS text CONSTRAINT email_has_at CHECK (VALUE ~ '@');
      ALTER DOMAIN email ADD CHECK (length(VALUE) < 200) NOT VALID;
      ALTER DOMAIN email ADD CONSTRAINT email_short CHECK (length(VALUE) < 100) NOT VALID;
      ALTER DOMAIN email VALIDATE CONSTRAINT email_short;
      ALTER DOMAIN email SET DEFAULT 'x@y';
      ALTER DOMAIN email SET NOT NULL;
      ALTER DOMAIN posint DROP NOT NULL;
      ALTER DOMAIN posint DROP DEFAULT;
      ALTER DOMAIN posint DROP CONSTRAINT posint_check1;`);
    expect(m.errors).toEqual([]);
    const e = domainOf(m, 'email');
    expect(e.checks.map((c) => [c.name, c.notValid])).toEqual([
      ['email_has_at', false],
      ['email_check', true],
      ['email_short', false],
    ]);
    expect(e.notNull).toBe(true);
    expect(e.default).toBeDefined();
    const p = domainOf(m, 'posint');
    expect(p.notNull).toBe(false);
    expect(p.default).toBeUndefined();
    expect(p.checks.map((c) => c.name)).toEqual(['posint_check']);
  });

  test('after dropping a domain check its name is free again', async () => {
    const m = await load(`CREATE DOMAIN d AS int CHECK (VALUE > 0);
      ALTER DOMAIN d DROP CONSTRAINT d_check;
      ALTER DOMAIN d ADD CHECK (VALUE < 10);`);
    expect(domainOf(m, 'd').checks.map((c) => c.name)).toEqual(['d_check']);
  });

  test('ALTER DOMAIN on a missing domain is an error', async () => {
    const m = await load('ALTER DOMAIN nope SET NOT NULL;');
    expect(m.errors.length).toBe(1);
  });
});

describe('composite, range, base and shell types', () => {
  test('composite attributes; ALTER TYPE ADD / DROP / ALTER ATTRIBUTE', async () => {
    const m = await load(`CREATE TYPE addr AS (street text, zip varchar(10), country char(2));
      ALTER TYPE addr ADD ATTRIBUTE city text;
      ALTER TYPE addr DROP ATTRIBUTE country;
      ALTER TYPE addr ALTER ATTRIBUTE zip TYPE varchar(20);`);
    expect(m.errors).toEqual([]);
    expect(compositeOf(m, 'addr').attributes).toEqual([
      { name: 'street', type: { name: 'text', modifiers: [], arrayDims: 0 } },
      { name: 'zip', type: { name: 'character varying', modifiers: ['20'], arrayDims: 0 } },
      { name: 'city', type: { name: 'text', modifiers: [], arrayDims: 0 } },
    ]);
  });

  test('a composite type takes a relation name: a table of the same name is refused', async () => {
    const m = await load('CREATE TYPE addr AS (street text); CREATE TABLE addr (x int);');
    expect(m.errors.map((e) => e.message)).toEqual(['relation "addr" already exists']);
    expect(m.schema.tables).toEqual({});
  });

  test('range type with its subtype; columns of user types resolve to them', async () => {
    const m = await load(`CREATE TYPE floatrange AS RANGE (subtype = float8);
      CREATE TYPE mood AS ENUM ('a'); CREATE DOMAIN posint AS int; CREATE TYPE addr AS (s text);
      CREATE TABLE t (r floatrange, m mood, p posint, a addr[]);`);
    const r = m.type('floatrange') as OtherType;
    expect(r).toMatchObject({ kind: 'range', subtype: { name: 'double precision', modifiers: [], arrayDims: 0 } });
    expect(m.table('t').columns.map((c) => c.type)).toEqual([
      { schema: 'public', name: 'floatrange', modifiers: [], arrayDims: 0 },
      { schema: 'public', name: 'mood', modifiers: [], arrayDims: 0 },
      { schema: 'public', name: 'posint', modifiers: [], arrayDims: 0 },
      { schema: 'public', name: 'addr', modifiers: [], arrayDims: 1 },
    ]);
  });

  test('a shell type, then the base type defined over it', async () => {
    const m = await load(`CREATE TYPE myint;
      CREATE FUNCTION myint_in(cstring) RETURNS myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
      CREATE FUNCTION myint_out(myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
      CREATE TYPE myint (INPUT = myint_in, OUTPUT = myint_out, LIKE = integer);`);
    expect(m.errors).toEqual([]);
    expect(m.type('myint').kind).toBe('base');
  });

  test('RENAME and OWNER TO of a type; columns follow the rename', async () => {
    const m = await load(`CREATE TYPE mood AS ENUM ('a'); CREATE TABLE t (m mood);
      ALTER TYPE mood RENAME TO feeling; ALTER TYPE feeling OWNER TO alice;`);
    expect(Object.keys(m.schema.types)).toEqual(['public.feeling']);
    expect(m.type('feeling').owner).toBe('alice');
    expect(m.column('t', 'm').type).toEqual({ schema: 'public', name: 'feeling', modifiers: [], arrayDims: 0 });
  });
});
