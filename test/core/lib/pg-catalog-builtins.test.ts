import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sqlBodyNamesObjects } from '../../../src/core/rules/routine-names';
import { readCatalogBuiltins } from '../../support/pg-catalog-builtins';
import { initParser } from '../../../src/core/parse';

const FILE = join(__dirname, '../../../src/core/lib/pg-catalog-builtins.json');
let db: PGlite;

beforeAll(async () => {
  await initParser();
  db = await PGlite.create();
}, 60_000);
afterAll(async () => db.close());

// The builtins the rules trust are Postgres's own: regenerated from PGlite's catalog and compared.
test('pg-catalog-builtins.json is what PGlite’s pg_catalog holds', async () => {
  const fresh = await readCatalogBuiltins(db);
  if (process.env.UPDATE_PG_CATALOG) writeFileSync(FILE, `${JSON.stringify(fresh, null, 0).replace(/","/g, '",\n"')}\n`);
  expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(fresh);
}, 60_000);

// What require-function-search-path takes for pg_catalog's must be pg_catalog's on Postgres, with
// lookalikes of every nearby signature in a schema on the path; what it counts must be redirectable.
test('calls read as pg_catalog’s resolve there beside lookalikes; the others go to the lookalike', async () => {
  await db.exec(`CREATE SCHEMA evil;
    CREATE FUNCTION evil.date_trunc(varchar, timestamptz) RETURNS timestamptz LANGUAGE sql AS $$ select 'epoch'::timestamptz $$;
    CREATE FUNCTION evil.date_trunc(name, timestamptz) RETURNS timestamptz LANGUAGE sql AS $$ select 'epoch'::timestamptz $$;
    CREATE FUNCTION evil.json_typeof(varchar) RETURNS text LANGUAGE sql AS $$ select 'evil' $$;
    CREATE FUNCTION evil.upper(varchar) RETURNS text LANGUAGE sql AS $$ select 'evil' $$;
    CREATE FUNCTION evil.textregexeq(varchar, text) RETURNS boolean LANGUAGE sql AS $$ select null::boolean $$;
    CREATE FUNCTION evil.int8xor(bigint, integer) RETURNS bigint LANGUAGE sql AS $$ select -1::bigint $$;
    CREATE OPERATOR evil.# (LEFTARG = bigint, RIGHTARG = integer, FUNCTION = evil.int8xor);
    SET search_path = evil;`);
  const cases: { body: string; evil: string }[] = [
    { body: "select date_trunc('day', now()) = 'epoch'", evil: 'true' },
    { body: "select json_typeof('{}'::json)", evil: 'evil' },
    { body: "select json_typeof('{}')", evil: 'evil' },
    { body: "select upper('a')", evil: 'evil' },
    { body: "select upper('a'::varchar)", evil: 'evil' },
    { body: "select textregexeq('a', 'b'::text) is null", evil: 'true' },
    { body: "select 5::bigint # 3 = -1", evil: 'true' },
    { body: "select 5::bigint # 3::bigint = -1", evil: 'true' },
  ];
  for (const { body, evil } of cases) {
    const value = String(Object.values((await db.query<Record<string, unknown>>(body)).rows[0]!)[0]);
    const readAsLookup = sqlBodyNamesObjects(body);
    expect(readAsLookup, `${body}: Postgres gave ${value}`).toBe(value === evil);
  }
}, 60_000);
