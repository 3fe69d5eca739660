/**
 * Class 12 of issue 16, in lint: a foreign table is linted (it is part of the schema the user
 * sees), but only by the rules whose advice Postgres can take for one (RuleMeta.foreignTables).
 * Keys, indexes, policies and triggers kept here are refused or meaningless on a table whose rows
 * live in another database, and its column types mirror the remote's; Postgres itself confirms
 * the refusals below.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { lint } from '../../../src/core/rules/engine';
import { RULES } from '../../../src/core/rules/registry';
import { importClean } from './rule-tester';
import { freshPglite } from '../../support/pglite-oracle';

const COLUMNS = `(id bigint, user_id bigint, "order" text, deleted_at timestamp, created_at timestamp, note varchar(20), price money, ${Array.from({ length: 55 }, (_, i) => `c${i} int`).join(', ')})`;
const SCRIPT = `
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER remote FOREIGN DATA WRAPPER dummy;
CREATE TABLE users (id bigint PRIMARY KEY, name text);
CREATE TABLE local_orders ${COLUMNS};
CREATE FOREIGN TABLE remote_orders ${COLUMNS} SERVER remote;
CREATE POLICY own ON local_orders USING (true);
`;

const strict = { preset: 'strict' as const };

describe('foreign tables in lint', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await freshPglite();
    await db.exec(SCRIPT.replace('CREATE POLICY own ON local_orders USING (true);', ''));
  });
  afterAll(() => db.close());

  test('only rules about names and width report on a foreign table; the same table kept here gets the rest', async () => {
    const diagnostics = lint(await importClean(SCRIPT), { config: strict });
    const rulesOn = (table: string) => [...new Set(diagnostics.filter((d) => d.target.table === table).map((d) => d.ruleId))].sort();
    const onForeign = rulesOn('remote_orders');
    const onLocal = rulesOn('local_orders');
    expect(onForeign.length).toBeGreaterThan(0);
    expect(onForeign.every((id) => RULES.find((r) => r.meta.id === id)?.meta.foreignTables)).toBe(true);
    // The local twin shows what is left out: keys, indexes, foreign keys, types.
    expect(onLocal).toEqual(expect.arrayContaining(['require-primary-key', 'require-foreign-key', 'no-table-without-index', 'prefer-timestamptz']));
    expect(onLocal.filter((id) => !onForeign.includes(id)).length).toBeGreaterThan(3);
    expect(onForeign).toEqual(onLocal.filter((id) => RULES.find((r) => r.meta.id === id)?.meta.foreignTables));
  });

  test('what the left-out rules would ask for, Postgres refuses on a foreign table', async () => {
    const refused = [
      'ALTER TABLE remote_orders ADD PRIMARY KEY (id)',
      'ALTER TABLE remote_orders ADD UNIQUE (user_id)',
      'ALTER TABLE remote_orders ADD FOREIGN KEY (user_id) REFERENCES users',
      'CREATE INDEX ON remote_orders (user_id)',
      'ALTER TABLE remote_orders ENABLE ROW LEVEL SECURITY',
      'CREATE POLICY own ON remote_orders USING (true)',
      'ALTER TABLE remote_orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY',
    ];
    const outcomes: string[] = [];
    for (const sql of refused) {
      outcomes.push(await db.exec(sql).then(() => `accepted: ${sql}`, () => 'refused'));
    }
    expect(outcomes).toEqual(refused.map(() => 'refused'));
  });
});
