/**
 * A type change to the same type with less precision: Postgres refuses some (a shorter varchar,
 * fewer integer digits) and quietly rounds or truncates others (fewer fractional-second digits,
 * a coarser interval, fewer decimal places). The planner labels the first `may-fail-on-data` and
 * the second `rounds-values`; both come from conversion() in type-casts.ts, checked here against
 * PGlite with the value each pair finds hardest.
 */
import { expect, test } from 'vitest';
import { importSql, initParser } from '../../../src/core/parse';
import { conversion } from '../../../src/core/sql/type-casts';
import { freshPglite } from '../../support/pglite-oracle';

/** From type, to type, and the value most likely to be refused or changed. */
const PAIRS: [string, string, string][] = [
  ['timestamp(6)', 'timestamp(0)', `'2020-01-01 10:00:00.999999'`],
  ['timestamp(0)', 'timestamp(3)', `'2020-01-01 10:00:01'`],
  ['timestamptz(3)', 'timestamptz(1)', `'2020-01-01 10:00:00.999+00'`],
  ['time(6)', 'time(2)', `'10:00:00.999999'`],
  ['interval', 'interval day', `'1 year 2 days 03:04:05.678'`],
  ['interval day to second(6)', 'interval hour', `'2 days 03:04:05.678'`],
  ['numeric(3,2)', 'numeric(3,1)', '9.99'],
  ['numeric(2,1)', 'numeric(1,0)', '9.9'],
  ['numeric(5,2)', 'numeric(4,2)', '999.99'],
  ['numeric(4,2)', 'numeric(6,2)', '99.99'],
  ['numeric', 'numeric(14,2)', '1234567890123.456'],
  ['varchar(10)', 'varchar(5)', `'abcdefghij'`],
  ['bit varying(10)', 'bit varying(5)', `B'1010101010'`],
];

test('a narrower type of the same kind: refused or rounded as Postgres does it', async () => {
  await initParser();
  const db = await freshPglite();
  try {
    await db.exec(`CREATE TABLE t (${PAIRS.map(([from], i) => `c${i} ${from}`).join(', ')})`);
    await db.exec(`INSERT INTO t VALUES (${PAIRS.map(([, , value]) => value).join(', ')})`);
    const model = importSql(`CREATE TABLE f (${PAIRS.map(([from], i) => `c${i} ${from}`).join(', ')}); CREATE TABLE g (${PAIRS.map(([, to], i) => `c${i} ${to}`).join(', ')})`).schema;
    const [from, to] = [model.tables['public.f']!, model.tables['public.g']!];
    const text = async (i: number) => (await db.query<{ v: string }>(`SELECT c${i}::text AS v FROM t`)).rows[0]!.v;
    const postgres: string[] = [];
    const ours: string[] = [];
    for (const [i, [a, b]] of PAIRS.entries()) {
      const before = await text(i);
      let outcome: string;
      try {
        await db.exec(`ALTER TABLE t ALTER COLUMN c${i} TYPE ${b}`);
        outcome = (await text(i)) === before ? 'kept' : 'rounded';
      } catch {
        outcome = 'refused';
      }
      postgres.push(`${a} -> ${b}: ${outcome}`);
      const c = conversion(`c${i}`, from.columns[i]!.type, to.columns[i]!.type);
      // The hardest value shows the worst case: refused when any value may be, else rounded when any may be.
      ours.push(`${a} -> ${b}: ${c.mayFail ? 'refused' : c.rounds ? 'rounded' : 'kept'}`);
    }
    expect(ours).toEqual(postgres);
  } finally {
    await db.close();
  }
});
