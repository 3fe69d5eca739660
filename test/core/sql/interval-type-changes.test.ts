/**
 * Which interval type changes Postgres makes without rewriting the table (interval_support turns
 * the length coercion into a no-op): modifiersWiden must say the same, since the planner marks a
 * rewrite (and its ACCESS EXCLUSIVE hazard) from it. Checked by relfilenode on PGlite.
 */
import { expect, test } from 'vitest';
import { importSql, initParser } from '../../../src/core/parse';
import { modifiersWiden } from '../../../src/core/sql/type-casts';
import { freshPglite } from '../../support/pglite-oracle';

const PAIRS: [string, string][] = [
  ['interval(2)', 'interval(6)'],
  ['interval(6)', 'interval(3)'],
  ['interval(2)', 'interval'],
  ['interval', 'interval(6)'],
  ['interval', 'interval(5)'],
  ['interval hour', 'interval hour to second'],
  ['interval minute', 'interval day'],
  ['interval day', 'interval hour'],
  ['interval day to second(4)', 'interval day'],
  ['interval day to second(4)', 'interval day to second(2)'],
  ['interval year to month', 'interval year'],
  ['interval year', 'interval second(0)'],
  ['interval minute to second(1)', 'interval second(3)'],
];

test('an interval type change is in place exactly when Postgres does not rewrite', async () => {
  await initParser();
  const db = await freshPglite();
  try {
    const columns = PAIRS.map(([from], i) => `c${i} ${from}`).join(', ');
    await db.exec(`CREATE TABLE t (${columns})`);
    const model = importSql(`CREATE TABLE f (${columns}); CREATE TABLE g (${PAIRS.map(([, to], i) => `c${i} ${to}`).join(', ')})`).schema;
    const [from, to] = [model.tables['public.f']!, model.tables['public.g']!];
    const node = async () => (await db.query<{ n: number }>(`SELECT relfilenode AS n FROM pg_class WHERE relname = 't'`)).rows[0]!.n;
    const postgres: string[] = [];
    const ours: string[] = [];
    for (const [i, [a, b]] of PAIRS.entries()) {
      const before = await node();
      await db.exec(`ALTER TABLE t ALTER COLUMN c${i} TYPE ${b}`);
      postgres.push(`${a} -> ${b}: ${before === (await node()) ? 'in place' : 'rewrite'}`);
      const inPlace = modifiersWiden('interval', from.columns[i]!.type.modifiers, to.columns[i]!.type.modifiers).inPlace;
      ours.push(`${a} -> ${b}: ${inPlace ? 'in place' : 'rewrite'}`);
    }
    expect(ours).toEqual(postgres);
  } finally {
    await db.close();
  }
});
