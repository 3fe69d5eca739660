/**
 * Real projects' own migration steps as the differ's cases: for each migration folder of the
 * corpus, and each step in it (scripts 1..k, then 1..k+1), the migration planned from the model
 * of the first to the model of the second runs on PGlite over the project's own scripts 1..k and
 * must leave the catalog the project's scripts 1..k+1 leave (the down must return to 1..k). The
 * steps were written by the projects' authors, not by us: index swaps, key changes, new tables,
 * functions and grants as they really come.
 *
 * The corpus's folders and test/fixtures/histories/ (other projects' first steps, SOURCES.md there);
 * SCHEMAWISE_CORPUS=<folder> runs it on other migration folders (one sub-folder per project).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readMigrationFolder } from '../../../src/cli/io';
import { diff, scriptRenames } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql, printSchema } from '../../../src/core/sql';
import { verifyMigration } from '../../../src/core/verify';
import { VerifySession } from '../../../src/core/verify/warm-session';
import { CORPUS_DIR, CORPUS_SESSIONS, corpusEntries } from '../../support/corpus';

/** Kept out of test/corpus (its lint counts and holdout rounds read that folder): SOURCES.md there. */
const HISTORIES_DIR = fileURLToPath(new URL('../../fixtures/histories/', import.meta.url));

/** The corpus's migration folders, then test/fixtures/histories/'s, by the name tests show. */
const FOLDERS: { name: string; path: string }[] = [
  ...corpusEntries()
    .filter((e) => e.endsWith('/') && statSync(join(CORPUS_DIR, e)).isDirectory())
    .map((e) => ({ name: e, path: join(CORPUS_DIR, e) })),
  ...readdirSync(HISTORIES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ name: `histories/${e.name}/`, path: join(HISTORIES_DIR, e.name) }))
    .sort((a, b) => a.name.localeCompare(b.name)),
];

/** The folder's scripts 1..k as the CLI joins them, for k = 1..n: one text per step. */
function prefixes(folder: string): { path: string; text: string }[] {
  const joined = readMigrationFolder(folder);
  const lines = joined.text.split('\n');
  return joined.parts.map((part, i) => {
    const next = joined.parts[i + 1];
    // A part's header line is two lines above its first line of body.
    return { path: part.path, text: next ? lines.slice(0, next.firstLine - 3).join('\n') : joined.text };
  });
}

beforeAll(async () => {
  await initParser();
});

test('the corpus has migration folders to replay', () => {
  expect(FOLDERS.length).toBeGreaterThan(0);
});

describe.each(FOLDERS.map((f) => [f.name, f.path] as const))('%s, step by step', (name, path) => {
  const setup = CORPUS_SESSIONS[name]?.sql ?? '';
  const steps = prefixes(path);
  // Each database starts from a kept empty one (no initdb per step); results are fresh databases' (warm-session.test.ts).
  const session = new VerifySession();
  afterAll(() => session.close());
  test.each(steps.slice(1).map((step, i) => ({ step: step.path, before: steps[i]!.text, after: step.text })))('to $step', async ({ before, after }) => {
    const imported = importSql(setup + before);
    const target = importSql(setup + after);
    const [from, to] = [imported.schema, target.schema];
    // The step's own renames (ALTER ... RENAME) keep the renamed objects and their data.
    const plan = planMigration(from, diff(from, to, { renames: scriptRenames(imported, target) }), { allowDestructive: true });
    expect(plan.notes.filter((n) => /refus|cannot/i.test(n))).toEqual([]);
    const result = await verifyMigration({
      baselineSql: setup + before,
      upSql: planToSql(plan.up),
      downSql: planToSql(plan.down),
      targetSql: setup + after,
      printedTargetSql: printSchema(to),
    }, { databases: session });
    expect(result.baselineFailures).toEqual([]);
    expect(result.targetFailures.map((r) => r.error)).toEqual([]);
    expect(result.up.filter((r) => !r.ok)).toEqual([]);
    expect(result.upDifferences).toEqual([]);
    expect(result.down.filter((r) => !r.ok)).toEqual([]);
    expect(result.downDifferences).toEqual([]);
    expect(result.reprintDifferences).toEqual([]);
  }, 120_000);
});
