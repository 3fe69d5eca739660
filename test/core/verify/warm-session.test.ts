/**
 * A VerifySession (src/core/verify/warm-session.ts) gives what fresh databases give, run after run:
 * on the first run, on a copy of the kept baseline, on the copy made in advance (`prepare`), and
 * with the session settings the baseline made (which live in the connection, not on disk).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { createDocument, deriveDocument } from '../../../src/core/document';
import { importSql, initParser } from '../../../src/core/parse';
import type { Fix } from '../../../src/core/rules';
import { verifyMigration, VerifySession, type VerifyInput, type VerifyProgress } from '../../../src/core/verify';

const sampleSql = readFileSync(new URL('../../../src/ui/sample/saas.sql', import.meta.url), 'utf8');

/** The sample with its first foreign-key index fix: what the app verifies first. */
async function sampleInput(): Promise<VerifyInput> {
  await initParser();
  const doc = createDocument(sampleSql, 'saas.sql');
  const before = deriveDocument(doc, importSql(sampleSql));
  const fix = before.diagnostics.find((d) => d.ruleId === 'require-fk-index')!.fix as Extract<Fix, { kind: 'changes' }>;
  const after = deriveDocument({ ...doc, edits: fix.changes }, importSql(sampleSql));
  return { baselineSql: sampleSql, upSql: after.upSql, downSql: after.downSql, targetSql: after.targetDdl };
}

beforeAll(async () => {
  await initParser();
});

describe('VerifySession', () => {
  test('run after run (first, from the kept baseline, from the prepared copy) it gives what fresh databases give', async () => {
    const input = await sampleInput();
    const fresh = await verifyMigration(input);
    expect(fresh.ok).toBe(true);
    const session = new VerifySession();
    try {
      const phases: VerifyProgress['phase'][] = [];
      const first = await verifyMigration(input, { databases: session, onProgress: (p) => phases.push(p.phase) });
      expect(first).toEqual(fresh);
      expect([...new Set(phases)]).toEqual(['starting', 'baseline', 'up', 'target', 'down', 'comparing']);
      expect(await verifyMigration(input, { databases: session })).toEqual(fresh);
      const scripts = [input.baselineSql, input.upSql, input.downSql!, input.targetSql!];
      await session.prepare(input.baselineSql, scripts);
      expect(await verifyMigration(input, { databases: session })).toEqual(fresh);
      // Another migration on the same baseline (its target is built, the baseline is not run again).
      const other = { ...input, upSql: 'ALTER TABLE public.labels ADD COLUMN color text;', downSql: 'ALTER TABLE public.labels DROP COLUMN color;', targetSql: undefined };
      expect(await verifyMigration(other, { databases: session })).toEqual(await verifyMigration(other));
    } finally {
      await session.close();
    }
  }, 120_000);

  test("the baseline's session settings hold for the migration on a copy, as on the database it ran on", async () => {
    // With check_function_bodies on, a SQL function reading a table that does not exist is refused.
    const input: VerifyInput = {
      baselineSql: 'SET check_function_bodies = false;\nCREATE TABLE t (id int);',
      upSql: "CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM not_yet';",
      downSql: 'DROP FUNCTION f();',
    };
    const fresh = await verifyMigration(input);
    expect(fresh.ok).toBe(true);
    const session = new VerifySession();
    try {
      await session.prepare(input.baselineSql, [input.baselineSql, input.upSql, input.downSql!]);
      expect(await verifyMigration(input, { databases: session })).toEqual(fresh);
      expect(await verifyMigration(input, { databases: session })).toEqual(fresh);
    } finally {
      await session.close();
    }
  }, 60_000);
});
