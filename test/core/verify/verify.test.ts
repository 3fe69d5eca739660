/**
 * verifyMigration on real schemas: the planner's migrations for corpus files and mutations
 * leave the catalog exactly as the target DDL builds it (object by object, as Postgres prints
 * them), and the down migrations return to the baseline. And it does catch a wrong migration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql, printSchema } from '../../../src/core/sql';
import { verifyMigration } from '../../../src/core/verify';
import { CORPUS_DIR } from '../../support/corpus';
import { PLAN_MUTATIONS, quietTable } from '../../support/plan-mutations';

const FILES = ['guacamole.sql', 'listmonk.sql'];

beforeAll(async () => {
  await initParser();
});

describe('verifyMigration', () => {
  for (const file of FILES) {
    test(`${file}: every mutation's migration verifies`, async () => {
      const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
      const from = importSql(text).schema;
      const table = quietTable(from);
      for (const mutation of PLAN_MUTATIONS) {
        const to = importSql(`${text}\n;\nRESET search_path;\n${mutation.sql(table)}\n`).schema;
        const plan = planMigration(from, diff(from, to));
        const result = await verifyMigration({ baselineSql: text, upSql: planToSql(plan.up), downSql: planToSql(plan.down), targetSql: printSchema(to) });
        expect(result.up.filter((r) => !r.ok), `${mutation.name}: up`).toEqual([]);
        expect(result.upDifferences, `${mutation.name}: catalog vs target`).toEqual([]);
        expect(result.down.filter((r) => !r.ok), `${mutation.name}: down`).toEqual([]);
        expect(result.downDifferences, `${mutation.name}: back to baseline`).toEqual([]);
        expect(result.ok).toBe(true);
      }
    }, 240_000);
  }

  test('roles the scripts name are created and said so; a target statement that fails, and a print that differs, fail verify', async () => {
    const result = await verifyMigration({
      baselineSql: 'CREATE SEQUENCE s INCREMENT 4;\nCREATE TABLE t (id int);\nALTER TABLE t ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON t TO app_user USING (true);',
      upSql: 'BEGIN;\nGRANT SELECT ON t TO reader;\nCOMMIT;',
      downSql: 'REVOKE SELECT ON t FROM reader;',
      targetSql: 'CREATE SEQUENCE s INCREMENT 6;\nCREATE TABLE t (id int);\nALTER TABLE t ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON t TO app_user USING (true);\nGRANT SELECT ON t TO reader;\nCREATE INDEX ON missing (x);',
      printedTargetSql: 'CREATE SEQUENCE s INCREMENT 6;\nCREATE TABLE t (id int);\nALTER TABLE t ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON t TO app_user USING (true);',
    });
    expect(result.rolesCreated).toEqual(['app_user', 'reader']);
    // The GRANT inside BEGIN ... COMMIT ran again once its role existed.
    expect(result.up.every((r) => r.ok)).toBe(true);
    expect(result.upDifferences).toEqual(['sequence public.s: increment 4, expected 6']);
    expect(result.targetFailures.map((r) => r.error)).toEqual(['relation "missing" does not exist']);
    expect(result.reprintDifferences).toHaveLength(1);
    expect(result.reprintDifferences[0]).toMatch(/^table public\.t: privileges .*UPDATE, expected .*UPDATE; reader SELECT$/);
    expect(result.downDifferences).toEqual([]);
    expect(result.notCompared.map((n) => n.property)).toContain('owners (ALTER ... OWNER TO)');
    expect(result.ok).toBe(false);
  }, 120_000);

  test("a script's SET client_encoding is the file's encoding, not the session's: verify still reads the catalog", async () => {
    // Run, it made PGlite answer in latin1 and hang on the next query.
    const baselineSql = "SET client_encoding = 'LATIN1';\nCREATE TABLE t (id int);\nCOMMENT ON TABLE t IS 'Résumés';";
    const result = await verifyMigration({ baselineSql, upSql: 'ALTER TABLE t ADD COLUMN b int;', downSql: 'ALTER TABLE t DROP COLUMN b;', targetSql: "CREATE TABLE t (id int, b int);\nCOMMENT ON TABLE t IS 'Résumés';" });
    expect(result.up.every((r) => r.ok) && result.down.every((r) => r.ok)).toBe(true);
    expect([...result.upDifferences, ...result.downDifferences]).toEqual([]);
    expect(result.ok).toBe(true);
  }, 60_000);

  test("an old pg_dump's SET standard_conforming_strings = off does not change how verify reads the catalog", async () => {
    // Left on by the target script, it made the catalog queries' \S an S: the target's index
    // definitions kept their names and differed from the migrated database's.
    const table = 'CREATE TABLE t (id int, b int);\nCREATE INDEX t_b ON t (b);';
    const result = await verifyMigration({ baselineSql: 'CREATE TABLE t (id int, b int);', upSql: 'CREATE INDEX t_b ON t (b);', downSql: 'DROP INDEX t_b;', targetSql: `SET standard_conforming_strings = off;\n${table}` });
    expect([...result.upDifferences, ...result.reprintDifferences, ...result.downDifferences]).toEqual([]);
    expect(result.ok).toBe(true);
  }, 60_000);

  test('a migration that does the wrong thing is caught, in words', async () => {
    const baselineSql = 'CREATE TABLE t (id int PRIMARY KEY, a text);';
    const result = await verifyMigration({
      baselineSql,
      upSql: 'ALTER TABLE t ADD COLUMN b integer;',
      downSql: 'SELECT 1;',
      targetSql: 'CREATE TABLE t (id int PRIMARY KEY, a text, b bigint NOT NULL);',
    });
    expect(result.ok).toBe(false);
    expect(result.upDifferences).toEqual(['column public.t.b: type integer, expected bigint', 'column public.t.b: not null none, expected not null']);
    const failing = await verifyMigration({ baselineSql, upSql: 'ALTER TABLE t ADD COLUMN a text;\nALTER TABLE t ADD COLUMN c int;' });
    expect(failing.up).toEqual([{ line: 1, sql: 'ALTER TABLE t ADD COLUMN a text', ok: false, error: 'column "a" of relation "t" already exists' }]);
  });
});
