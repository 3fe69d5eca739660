/**
 * The planner's contract, checked on Postgres: for corpus files PGlite builds completely and a set
 * of mutations, PGlite(from + up) holds what the target model says (catalog-counts.sql), no
 * statement of the plan fails, and PGlite(from + up + down) is back to `from`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { summarize } from '../../../src/core/model';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql } from '../../../src/core/sql';
import { runOnPglite, SHARED_DIR } from '../../support/pglite-oracle';
import { PLAN_MUTATIONS, quietTable } from '../../support/plan-mutations';

const CORPUS = join(SHARED_DIR, 'corpus');
/** Files PGlite builds without losing a table-shaping statement. */
const FILES = ['guacamole.sql', 'listmonk.sql', 'kestra-initial.sql', 'temporal.sql', 'danbooru-structure.sql'];

beforeAll(async () => {
  await initParser();
});

describe('plans run on Postgres: from + up = to, + down = from', () => {
  for (const file of FILES) {
    test(file, async () => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const from = importSql(text).schema;
      const table = quietTable(from);
      const baseline = await runOnPglite(text);
      for (const mutation of PLAN_MUTATIONS) {
        const to = importSql(`${text}\n;\nRESET search_path;\n${mutation.sql(table)}\n`).schema;
        const plan = planMigration(from, diff(from, to));
        const up = planToSql(plan.up);
        const down = planToSql(plan.down);
        const afterUp = await runOnPglite(`${text}\n;\nRESET search_path;\n${up}`);
        const failedUp = afterUp.failed.filter((f) => !baseline.failed.some((b) => b.text === f.text));
        expect(failedUp.map((f) => `${f.message}: ${f.text.slice(0, 200)}`), `${mutation.name}: up`).toEqual([]);
        expect(afterUp.counts, `${mutation.name}: catalog after up`).toEqual(summarize(to));
        const afterDown = await runOnPglite(`${text}\n;\nRESET search_path;\n${up}\n${down}`);
        const failedDown = afterDown.failed.filter((f) => !baseline.failed.some((b) => b.text === f.text));
        expect(failedDown.map((f) => `${f.message}: ${f.text.slice(0, 200)}`), `${mutation.name}: down`).toEqual([]);
        expect(afterDown.counts, `${mutation.name}: catalog after down`).toEqual(baseline.counts);
      }
    }, 240_000);
  }
});
