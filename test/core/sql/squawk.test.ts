/**
 * Squawk, the leading migration-safety linter, on our generated up-migrations: corpus files with
 * the planner's mutations. It must find nothing, except the rules excluded below with why.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql } from '../../../src/core/sql';
import { CORPUS_DIR } from '../../support/corpus';
import { PLAN_MUTATIONS, quietTable } from '../../support/plan-mutations';

const FILES = ['guacamole.sql', 'listmonk.sql', 'kestra-initial.sql', 'temporal.sql', 'danbooru-structure.sql', 'lago-structure.sql', 'pagila.sql'];

/**
 * - prefer-bigint-over-int, prefer-bigint-over-smallint: about the column types the user
 *   designed, not about how the migration runs; the lint rule prefer-bigint-pk speaks to it.
 */
const EXCLUDED = ['prefer-bigint-over-int', 'prefer-bigint-over-smallint'];

beforeAll(async () => {
  await initParser();
});

test('squawk finds nothing in the generated up-migrations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schemawise-squawk-'));
  const paths: string[] = [];
  for (const file of FILES) {
    const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
    const from = importSql(text).schema;
    const table = quietTable(from);
    PLAN_MUTATIONS.forEach((mutation, i) => {
      const to = importSql(`${text}\n;\nRESET search_path;\n${mutation.sql(table)}\n`).schema;
      const up = planToSql(planMigration(from, diff(from, to)).up);
      const path = join(dir, `${file.replace('.sql', '')}-${i}.sql`);
      writeFileSync(path, up);
      paths.push(path);
    });
  }
  const squawk = join(process.cwd(), 'node_modules', '.bin', 'squawk');
  let output = '';
  try {
    output = execFileSync(squawk, ['--reporter', 'json', `--exclude=${EXCLUDED.join(',')}`, ...paths], { encoding: 'utf8' });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? '';
  }
  const violations = (JSON.parse(output || '[]') as { file: string; rule_name: string; message: string; line: number }[])
    .map((v) => `${v.file.split('/').pop()}:${v.line} ${v.rule_name}: ${v.message}`);
  expect(paths.length).toBe(FILES.length * PLAN_MUTATIONS.length);
  expect(violations).toEqual([]);
});
