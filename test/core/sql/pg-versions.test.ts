/**
 * The target Postgres version: the planner writes only what that version has (and refuses what
 * it cannot do, saying what to do instead), and the version check finds newer syntax in any
 * script. The golden cases prove the plans on real servers; these pin the choices themselves.
 */
import { beforeAll, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { parsePgVersion, planMigration, planToSql, refusals, statementsNeedingNewerPostgres } from '../../../src/core/sql';

beforeAll(async () => {
  await initParser();
});

function plan(fromSql: string, toSql: string, pgVersion: number) {
  const from = importSql(fromSql).schema;
  const to = importSql(toSql).schema;
  return planMigration(from, diff(from, to), { allowDestructive: true, pgVersion });
}

const PEOPLE = (expression: string) => `CREATE TABLE people (id bigint PRIMARY KEY, a text, b text, full_name text GENERATED ALWAYS AS (${expression}) STORED);`;

test('a new generation expression: SET EXPRESSION from 17, the column rebuilt before', () => {
  const from = PEOPLE("a || ' ' || b");
  const to = PEOPLE("b || ', ' || a");
  const on17 = planToSql(plan(from, to, 17).up);
  const on15 = planToSql(plan(from, to, 15).up);
  expect(on17).toContain('SET EXPRESSION AS');
  expect(on15).not.toContain('SET EXPRESSION');
  expect(on15).toMatch(/DROP COLUMN full_name[\s\S]*ADD COLUMN full_name text GENERATED ALWAYS AS/);
  expect(statementsNeedingNewerPostgres(on15, 15)).toEqual([]);
  expect(statementsNeedingNewerPostgres(on17, 15).map((f) => f.feature)).toEqual(['setExpression']);
});

test('what the target cannot do is refused with what to do instead, and left out', () => {
  const from = 'CREATE TABLE badges (id bigint PRIMARY KEY, owner bigint, code text);';
  const to = 'CREATE TABLE badges (id bigint PRIMARY KEY, owner bigint, code text, CONSTRAINT badges_key UNIQUE NULLS NOT DISTINCT (owner, code));';
  const old = plan(from, to, 14);
  expect(refusals(old)).toEqual([expect.stringMatching(/unique key badges_key on badges \(NULLS NOT DISTINCT\) needs Postgres 15, and the target is 14: drop NULLS NOT DISTINCT/)]);
  expect(planToSql(old.up)).not.toContain('NULLS NOT DISTINCT');
  const current = plan(from, to, 15);
  expect(refusals(current)).toEqual([]);
  expect(planToSql(current.up)).toContain('NULLS NOT DISTINCT');
  const virtual = plan('CREATE TABLE t (a int);', 'CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL);', 17);
  expect(refusals(virtual)).toEqual([expect.stringMatching(/virtual generated column t\.b needs Postgres 18.*make it STORED/)]);
});

test('the version check reads any script', () => {
  const sql = 'CREATE UNIQUE INDEX i ON t (a) NULLS NOT DISTINCT;\nALTER TABLE p DETACH PARTITION c CONCURRENTLY;\nALTER TABLE t ADD CONSTRAINT n NOT NULL a NOT VALID;';
  expect(statementsNeedingNewerPostgres(sql, 13).map((f) => `${f.feature}@${f.needs}`)).toEqual(['nullsNotDistinct@15', 'detachConcurrently@14', 'notNullNotValid@18']);
  expect(statementsNeedingNewerPostgres(sql, 18)).toEqual([]);
  expect([parsePgVersion('15'), parsePgVersion(12), parsePgVersion('x')]).toEqual([15, undefined, undefined]);
});
