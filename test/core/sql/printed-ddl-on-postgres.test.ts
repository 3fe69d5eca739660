/**
 * The printed DDL is real SQL: for every corpus file, the schema Postgres could build from the
 * file is printed, the print is run on PGlite, and the catalog then holds exactly what the model
 * says (the same counts as catalog-counts.sql), with no statement failing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { summarize } from '../../../src/core/model';
import { importSql, initParser } from '../../../src/core/parse';
import { printSchema } from '../../../src/core/sql';
import { runOnPglite, CORPUS_DIR } from '../../support/pglite-oracle';

const CORPUS = CORPUS_DIR;
const FILES = readdirSync(CORPUS).filter((f) => f.endsWith('.sql')).sort();

/**
 * What the printer cannot replay yet, per file, with why: both the statements that fail and the
 * objects they would have made are left out of the comparison.
 */
const KNOWN_LIMITS: Record<string, { reason: string; views: string[] }> = {
  'postgrest-fixtures.sql': {
    reason: 'views redefined with CREATE OR REPLACE to read themselves: replaying needs their earlier definition, which the model does not keep',
    views: ['test.self_recursive_view', 'test.infinite_recursion'],
  },
};

beforeAll(async () => {
  await initParser();
});

describe('printed DDL runs on Postgres and builds the model', () => {
  test.each(FILES)('%s', async (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const original = await runOnPglite(text);
    const failed = new Set(original.failed.map((f) => f.index));
    const { schema } = importSql(text, { exclude: (_s, i) => failed.has(i) });
    const limits = KNOWN_LIMITS[file];
    for (const view of limits?.views ?? []) {
      expect(schema.views[view], `${view} is in the model`).toBeDefined();
      delete schema.views[view];
    }
    const printed = printSchema(schema);
    const rebuilt = await runOnPglite(printed);
    expect(rebuilt.failed.map((f) => `${f.line}: ${f.message}: ${f.text.slice(0, 160)}`)).toEqual([]);
    expect(rebuilt.counts).toEqual(summarize(schema));
  });
});
