/**
 * Inputs of a size people do feed the tool (issue 14, items 7 and 11): a dump of hundreds of
 * thousands of statements, a table of 100,000 columns, an expression nested a thousand deep.
 * These assert that the work completes, or stops with a located issue; how long it takes is
 * measured by `npm run bench` (bench/parse-bench.ts), not here.
 */
import { beforeAll, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { createImporter, importSql, initParser, splitStatements } from '../../../src/core/parse';
import { splitIncrementally } from '../../../src/core/parse/split-incremental';
import { planMigration, printSchema } from '../../../src/core/sql';

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

test('a table of 100,000 columns is imported, printed and planned', () => {
  const columns = Array.from({ length: 100_000 }, (_, i) => `c${i} int`).join(', ');
  const { schema, issues } = importSql(`CREATE TABLE wide (id int PRIMARY KEY, ${columns});`);
  expect(issues).toEqual([]);
  expect(schema.tables['public.wide']!.columns).toHaveLength(100_001);
  // Adding half of them to an existing table: one working copy of the table, not one per column.
  const half = importSql(`CREATE TABLE wide (id int PRIMARY KEY, ${columns.split(', ').slice(0, 50_000).join(', ')});`).schema;
  const plan = planMigration(half, diff(half, schema));
  expect(plan.up).toHaveLength(50_000);
  expect(printSchema(schema).length).toBeGreaterThan(1_000_000);
  // Planning is most of it, and grows faster than linearly with the columns added (the planner
  // looks a column up by scanning its table, per change): 100 to 135 s on a loaded two-core
  // machine, so the limit leaves room; the bench, not this test, is where speed is measured.
}, 300_000);

/** `CASE WHEN x > 0 THEN ... ELSE 0 END`, `depth` times inside itself. */
function nestedCase(depth: number): string {
  let expression = '1';
  for (let i = 0; i < depth; i++) expression = `CASE WHEN x > ${i} THEN ${expression} ELSE ${i} END`;
  return expression;
}

test('an expression nested past the limit is refused where it runs deep, the rest of the file read', () => {
  const text = `CREATE TABLE before_it (id int);\nCREATE TABLE deep (x int CHECK (${nestedCase(1_000)} > 0));\nCREATE TABLE after_it (id int);\n`;
  const { schema, issues } = importSql(text);
  expect(issues).toHaveLength(1);
  expect(issues[0]!.severity).toBe('error');
  expect(issues[0]!.message).toMatch(/^expression nested more than 2,000 levels deep/);
  // Located inside the CHECK's expression on line 2, not at the statement's start.
  expect(issues[0]!.line).toBe(2);
  expect(issues[0]!.column).toBeGreaterThan('CREATE TABLE deep (x int CHECK ('.length);
  expect(Object.keys(schema.tables).sort()).toEqual(['public.after_it', 'public.before_it']);
});

test('a deep expression under the limit is read, and printed on one line', () => {
  const { schema, issues } = importSql(`CREATE TABLE deep (x int CHECK (${nestedCase(150)} > 0));`);
  expect(issues).toEqual([]);
  const check = schema.tables['public.deep']!.checks[0]!.expression;
  expect(check.split('CASE')).toHaveLength(151);
  expect(check).not.toContain('\n');
  expect(printSchema(schema)).toContain(check);
});
