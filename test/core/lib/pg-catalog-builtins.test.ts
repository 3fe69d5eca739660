import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCatalogBuiltins } from '../../support/pg-catalog-builtins';

const FILE = join(__dirname, '../../../src/core/lib/pg-catalog-builtins.json');

// The builtins the rules trust are Postgres's own: regenerated from PGlite's catalog and compared.
test('pg-catalog-builtins.json is what PGlite’s pg_catalog holds', async () => {
  const fresh = await readCatalogBuiltins();
  if (process.env.UPDATE_PG_CATALOG) writeFileSync(FILE, `${JSON.stringify(fresh, null, 0).replace(/","/g, '",\n"')}\n`);
  expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(fresh);
}, 60_000);
