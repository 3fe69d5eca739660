/**
 * The model's ALL on a table includes MAINTAIN (Postgres 17+). A migration for an older server
 * neither grants nor revokes it: Postgres 15 and 16 reject the word ("unrecognized privilege
 * type"). Checked on the real Postgres 15 server, and by the text for 17.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql } from '../../../src/core/sql';
import { verifyMigration } from '../../../src/core/verify';
import { freshPostgresDatabase, POSTGRES_VERSION, postgresInstalled } from '../../support/postgres-server';

beforeAll(async () => {
  await initParser();
});

const TABLE = 'CREATE TABLE users (id bigint PRIMARY KEY, name text);\n';
const CASES = [
  { name: 'ALL narrowed to a few', from: `${TABLE}GRANT ALL ON users TO admin_role;`, to: `${TABLE}GRANT SELECT, INSERT, UPDATE ON users TO admin_role;` },
  { name: 'a few widened to ALL', from: `${TABLE}GRANT SELECT ON users TO admin_role;`, to: `${TABLE}GRANT ALL PRIVILEGES ON users TO admin_role;` },
  { name: 'new table with ALL less one', from: '', to: `${TABLE}GRANT ALL ON users TO admin_role;\nREVOKE TRUNCATE ON users FROM admin_role;` },
];

function plan(fromSql: string, toSql: string, pgVersion: number) {
  const from = importSql(fromSql).schema;
  const migration = planMigration(from, diff(from, importSql(toSql).schema), { allowDestructive: true, pgVersion });
  return { up: planToSql(migration.up), down: planToSql(migration.down) };
}

describe('privileges a target version lacks are left out', () => {
  test.each(CASES)('$name: no MAINTAIN before 17, MAINTAIN from 17', ({ from, to }) => {
    for (const version of [15, 16]) {
      const { up, down } = plan(from, to, version);
      expect(`${up}\n${down}`).not.toMatch(/MAINTAIN/);
    }
    const seventeen = plan(from, to, 17);
    expect(`${seventeen.up}\n${seventeen.down}`).toMatch(/MAINTAIN|\bALL\b/);
  });

  test.runIf(postgresInstalled())('the plans for the server run there, up and down', async () => {
    for (const { from, to } of CASES) {
      const { up, down } = plan(from, to, POSTGRES_VERSION);
      const result = await verifyMigration({ baselineSql: from, upSql: up, downSql: down, targetSql: to, database: freshPostgresDatabase });
      expect(result.up.filter((r) => !r.ok).map((r) => r.error)).toEqual([]);
      expect(result.upDifferences).toEqual([]);
      expect(result.down.filter((r) => !r.ok).map((r) => r.error)).toEqual([]);
      expect(result.downDifferences).toEqual([]);
    }
  });
});
