/**
 * Identifiers that need quoting (spaces, quotes, upper case, reserved words, unicode, dots) never
 * break the generated SQL: schemas built from generated names are migrated and verified on PGlite.
 */
import fc from 'fast-check';
import { beforeAll, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { identifierBytes, quoteIdent } from '../../../src/core/model';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql, printSchema } from '../../../src/core/sql';
import { verifyMigration } from '../../../src/core/verify';

beforeAll(async () => {
  await initParser();
});

const RESERVED = ['select', 'order', 'user', 'group', 'table', 'check', 'default', 'from', 'where', 'primary'];
const piece = fc.oneof(
  fc.constantFrom(...RESERVED),
  fc.constantFrom('User', 'Mixed Case', 'with space', 'quote"inside', "apost'rophe", 'naïve', '日本語', 'dot.ted', 'semi;colon', 'dollar$sign', '-- not a comment', 'x'),
);
/** A distinct, non-empty name of at most 40 bytes (Postgres keeps 63; room for suffixes). */
const name = fc.tuple(piece, fc.nat(99)).map(([p, n]) => `${p}${n}`).filter((n) => identifierBytes(n) <= 40);

test('generated identifiers survive import, diff, plan and a real Postgres', async () => {
  const samples = fc.sample(fc.uniqueArray(name, { minLength: 18, maxLength: 18 }), { numRuns: 3, seed: 4242 });
  for (const names of samples) {
    const q = (i: number) => quoteIdent(names[i]!);
    const tables = [0, 6, 12].map((base) => ({ table: q(base), id: q(base + 1), col: q(base + 2), added: q(base + 3), index: q(base + 4), check: q(base + 5) }));
    const from = tables.map((t) => `CREATE TABLE ${t.table} (${t.id} int PRIMARY KEY, ${t.col} text);`).join('\n');
    const to = [
      ...tables.map((t) => `CREATE TABLE ${t.table} (${t.id} int PRIMARY KEY, ${t.col} text NOT NULL, ${t.added} int CONSTRAINT ${t.check} CHECK (${t.added} > 0));
        CREATE INDEX ${t.index} ON ${t.table} (${t.col});
        COMMENT ON COLUMN ${t.table}.${t.col} IS 'it''s ${names[0]!.replace(/'/g, "''")}';`),
      `ALTER TABLE ${tables[1]!.table} ADD FOREIGN KEY (${tables[1]!.added}) REFERENCES ${tables[0]!.table};`,
    ].join('\n');
    const fromModel = importSql(from);
    const toModel = importSql(to);
    expect(fromModel.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(toModel.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const plan = planMigration(fromModel.schema, diff(fromModel.schema, toModel.schema));
    const result = await verifyMigration({ baselineSql: from, upSql: planToSql(plan.up), downSql: planToSql(plan.down), targetSql: printSchema(toModel.schema) });
    expect(result.up.filter((r) => !r.ok), names.join(' | ')).toEqual([]);
    expect(result.upDifferences).toEqual([]);
    expect(result.down.filter((r) => !r.ok)).toEqual([]);
    expect(result.downDifferences).toEqual([]);
  }
}, 120_000);
