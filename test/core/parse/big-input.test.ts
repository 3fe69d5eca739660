/**
 * Inputs of a size people do feed the tool (issue 14, items 7 and 11): a dump of hundreds of
 * thousands of statements, a table of 100,000 columns, an expression nested a thousand deep.
 * These assert that the work completes, or stops with a located issue; how long it takes is
 * measured by `npm run bench` (bench/parse-bench.ts), not here.
 */
import { beforeAll, expect, test } from 'vitest';
import { createImporter, initParser, splitStatements } from '../../../src/core/parse';
import { splitIncrementally } from '../../../src/core/parse/split-incremental';

beforeAll(async () => {
  await initParser();
});

const STATEMENTS = 300_000;

test(`${STATEMENTS.toLocaleString('en-US')} statements go through the splitter, the incremental splitter and the import`, () => {
  const text = 'SELECT 1;\n'.repeat(STATEMENTS);
  expect(splitStatements(text).statements).toHaveLength(STATEMENTS);
  // The editor's first import of a big file after a small one: the incremental splitter splits
  // the whole text anew (it used to push the new statements as spread arguments, and threw
  // "Maximum call stack size exceeded").
  const small = 'SELECT 2;\n';
  expect(splitIncrementally(text, { text: small, result: splitStatements(small) }).statements).toHaveLength(STATEMENTS);
  // importSql as the editor calls it, with the parse cache (identical statements parse once).
  const importer = createImporter();
  importer.import(small);
  const imported = importer.import(text);
  expect(imported.stats.statements).toBe(STATEMENTS);
  expect(imported.issues).toEqual([]);
}, 120_000);
