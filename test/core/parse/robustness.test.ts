/**
 * Property test: the importer survives anything an editor can hold. Random cuts of corpus files,
 * splices of two files, and byte noise (quotes, dollar quotes, backslashes, parentheses,
 * semicolons, non-ASCII, lone surrogates, NUL, ...) must never make importSql throw, must only
 * produce issues at real 1-based positions inside the text, and must stay linear: at most a
 * second per 100 KB (plus a small constant for tiny inputs).
 *
 * Seeds are fixed so a failure reproduces; fast-check prints the shrunk counterexample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importSql, initParser } from '../../../src/core/parse';

import { CORPUS_DIR } from '../../support/corpus';
const CORPUS = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.sql'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));

/** The time limit: 1 s per 100 KB of input, plus a constant for start-up costs on tiny inputs. */
const MS_PER_KB = 10;
const CONSTANT_MS = 150;
const budgetMs = (text: string): number => CONSTANT_MS + (MS_PER_KB * text.length) / 1024;

/** Pieces that change how the splitter and the parser see everything after them. */
const NOISE = [
  "'", '"', '$$', '$a$', '$1', '\\', '\\\\', "E'\\", "U&'", '(', ')', '((', ';', ',', '\0', '\n', '\r', '\r\n', '\t',
  '--', '/*', '*/', '\\.', '\\copy t from stdin\n', '\\i other.sql\n', 'COPY t FROM stdin;\n', 'BEGIN ATOMIC ',
  'END;', 'CREATE TABLE ', 'ALTER TABLE ', 'DROP ', 'DO $$', ' CASCADE', 'é', 'ß', '€', '😀', '\u00a0', '\u2028',
  '\ufeff', '\ufffd', '\ud800', '\udfff', '"\u00e9"', 'ÿ'.repeat(3),
];

const noisePiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...NOISE), minLength: 2, maxLength: 6 }) },
);

type Mutation = { op: 'insert' | 'replace' | 'delete'; at: number; piece: string; length: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('insert', 'replace', 'delete'),
  at: fc.nat(),
  piece: noisePiece,
  length: fc.integer({ min: 1, max: 40 }),
});

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.op === 'insert') out = out.slice(0, at) + m.piece + out.slice(at);
    else if (m.op === 'replace') out = out.slice(0, at) + m.piece + out.slice(at + m.piece.length);
    else out = out.slice(0, at) + out.slice(at + m.length);
  }
  return out;
}

/** A slice of a corpus file, up to maxLength characters, starting anywhere (mid-token too). */
const cut = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .record({ file: fc.nat({ max: CORPUS.length - 1 }), start: fc.nat(), length: fc.nat({ max: maxLength }) })
    .map(({ file, start, length }) => {
      const text = CORPUS[file]!.text;
      const from = start % (text.length + 1);
      return text.slice(from, from + length);
    });

let slowest = { msPerKb: 0, ms: 0, kb: 0 };

function timedImport(text: string): { ms: number; result: ReturnType<typeof importSql> } {
  const t0 = performance.now();
  const result = importSql(text);
  return { ms: performance.now() - t0, result };
}

/** A handler threw: the importer caught it, but it is a bug in Schemawise, not in the SQL. */
const INTERNAL_ERROR = /^Schemawise could not apply|Maximum call stack size exceeded/;

interface CheckOptions {
  /** Re-measure a run over the time limit this many times before failing. */
  retries?: number;
  /** A known slow case: keep it out of the slowest-input figure. */
  known?: boolean;
  /** Tolerate caught internal errors (stack overflow on absurdly deep expressions). */
  allowInternalErrors?: boolean;
}

/** The property: never throws, positions are real, no handler crashes, time is linear. */
function check(text: string, { retries = 2, known = false, allowInternalErrors = false }: CheckOptions = {}): void {
  let { ms, result } = timedImport(text);
  // Another test file may hold the CPU: a slow run counts only if it is slow again.
  for (let retry = 0; retry < retries && ms > budgetMs(text); retry++) ms = Math.min(ms, timedImport(text).ms);
  const kb = text.length / 1024;
  if (!known && kb >= 16 && ms / kb > slowest.msPerKb) slowest = { msPerKb: ms / kb, ms, kb };
  expect(ms, `${ms.toFixed(0)} ms for ${kb.toFixed(1)} KB`).toBeLessThanOrEqual(budgetMs(text));

  let lineCount = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCount++;
  for (const issue of result.issues) {
    const where = `${issue.severity} ${issue.line}:${issue.column}-${issue.endLine}:${issue.endColumn} ${issue.message}`;
    expect(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lineCount, where).toBe(true);
    expect(Number.isInteger(issue.column) && issue.column >= 1, where).toBe(true);
    expect(typeof issue.message === 'string' && issue.message.length > 0, where).toBe(true);
    if (!allowInternalErrors) expect(issue.message, where).not.toMatch(INTERNAL_ERROR);
  }
  expect(result.stats.statements).toBeGreaterThanOrEqual(0);
}

/**
 * Fixed seeds keep `npm test` reproducible. To fuzz longer: SCHEMAWISE_FUZZ=20 multiplies the
 * runs, SCHEMAWISE_FUZZ_SEED=n changes every seed (fast-check prints the seed of a failure).
 */
const RUNS_FACTOR = Number(process.env.SCHEMAWISE_FUZZ ?? 1);
const SEED_OFFSET = Number(process.env.SCHEMAWISE_FUZZ_SEED ?? 0);
const options = (seed: number, numRuns: number): fc.Parameters<[string]> => ({
  seed: seed + SEED_OFFSET,
  numRuns: Math.max(1, Math.round(numRuns * RUNS_FACTOR)),
});

const property = (arbitrary: fc.Arbitrary<string>) => fc.property(arbitrary, (text) => check(text));

beforeAll(async () => {
  await initParser();
  // Warm up the JIT and the WebAssembly parser so the first timed run is not charged for them.
  for (const file of CORPUS.slice(0, 3)) importSql(file.text);
});

afterAll(() => {
  console.log(
    `robustness: slowest input ${slowest.msPerKb.toFixed(2)} ms/KB (${slowest.ms.toFixed(0)} ms for ${slowest.kb.toFixed(0)} KB; limit ${MS_PER_KB} ms/KB + ${CONSTANT_MS} ms)`,
  );
});

describe('importSql on damaged SQL', () => {
  test('random cuts of corpus files', () => {
    fc.assert(property(cut(30_000)), options(20240601, 150));
  });

  test('splices: the start of one file joined to a piece of another', () => {
    const splice = fc.tuple(cut(20_000), cut(20_000), fc.constantFrom('', '\n', ';', '(')).map(([a, b, glue]) => a + glue + b);
    fc.assert(property(splice), options(20240602, 120));
  });

  test('byte noise on pieces of corpus files', () => {
    const noisy = fc.tuple(cut(15_000), fc.array(mutation, { minLength: 1, maxLength: 12 })).map(([text, ms]) => mutate(text, ms));
    fc.assert(property(noisy), options(20240603, 300));
  });

  test('pure noise', () => {
    const garbage = fc.array(noisePiece, { maxLength: 200 }).map((pieces) => pieces.join(''));
    fc.assert(property(garbage), options(20240604, 200));
  });

  // Every file, the largest (400-600 KB) included, with a few mutations each.
  test.each(CORPUS.map((file, index) => [file.name, index] as const))('a few mutations in the whole of %s', (_, index) => {
    const whole = fc.array(mutation, { minLength: 1, maxLength: 6 }).map((ms) => mutate(CORPUS[index]!.text, ms));
    fc.assert(property(whole), options(20240605 + index, 2));
  });

  test('each unterminated quote or bracket before the largest file', () => {
    const largest = [...CORPUS].sort((a, b) => b.text.length - a.text.length)[0]!.text;
    for (const opener of ["'", '"', '$$', '$x$', '/*', '(', "E'", 'BEGIN ATOMIC ', 'COPY t FROM stdin;\n', '\\']) {
      check(`CREATE TABLE x (a int DEFAULT ${opener}\n${largest}`);
    }
  });

  test.each([
    ['100k open parentheses', '('.repeat(100_000)],
    ['deeply nested expression', `CREATE TABLE t (a int DEFAULT ${'('.repeat(5_000)}1${')'.repeat(5_000)});`],
    ['20k `(;`: one unbalanced statement re-split into 20k errors', '(;'.repeat(20_000)],
    ['50k unterminated nested comments', '/*'.repeat(50_000)],
    ['50k dollar quotes', '$$'.repeat(50_000)],
    ['100k semicolons', ';'.repeat(100_000)],
    ['20k psql meta-commands', '\\x\n'.repeat(20_000)],
    ['10k syntax errors', 'CREATE TABLE (;\n'.repeat(10_000)],
    ['10k duplicate tables', 'CREATE TABLE t (a int);\n'.repeat(10_000)],
    ['1,600 columns', `CREATE TABLE t (${Array.from({ length: 1600 }, (_, i) => `c${i} int`).join(', ')});`],
    ['a 10k-term CHECK', `CREATE TABLE t (a int CHECK (${Array.from({ length: 10_000 }, () => 'a = 1').join(' OR ')}));`],
    ['3k foreign keys to one table, then DROP CASCADE', `CREATE TABLE t (a int PRIMARY KEY);\n${Array.from({ length: 3000 }, (_, i) => `CREATE TABLE c${i} (a int REFERENCES t);`).join('\n')}\nDROP TABLE t CASCADE;`],
    ['3k views on one table, then DROP CASCADE', `CREATE TABLE t (a int);\n${Array.from({ length: 3000 }, (_, i) => `CREATE VIEW v${i} AS SELECT * FROM t;`).join('\n')}\nDROP TABLE t CASCADE;`],
  ])('pathological shape: %s', (_, text) => check(text));

  test('pathological shape: a left-deep chain of 20k operators', () => {
    // Refused before anything walks it recursively: "expression nested more than 2,000 levels
    // deep", located in the expression (tree-depth.ts), no internal error.
    const text = `CREATE TABLE t (a int DEFAULT 1${' - 1'.repeat(20_000)});`;
    check(text);
    expect(importSql(text).issues.map((i) => i.message)).toEqual([expect.stringMatching(/^expression nested more than 2,000 levels deep/)]);
  });

  /** An INHERIT that closes a cycle is refused (as Postgres does), so a later DROP cannot loop. */
  test('an inheritance cycle, then DROP CASCADE', () => {
    check('CREATE TABLE a (x int);\nALTER TABLE a INHERIT a;\nDROP TABLE a CASCADE;');
  });

  /** DROP ... CASCADE under a long chain of views stays linear (one walk over a reader index). */
  test('pathological shape: DROP TABLE CASCADE under a chain of 3k views', () => {
    const chain = Array.from({ length: 3000 }, (_, i) => `CREATE VIEW v${i + 1} AS SELECT * FROM v${i};`).join('\n');
    check(`CREATE TABLE t (a int);\nCREATE VIEW v0 AS SELECT * FROM t;\n${chain}\nDROP TABLE t CASCADE;`, { retries: 0, known: true });
  });

  /** Names that are keys of every JavaScript object are names like any other (lookup tables have no prototype). */
  test('types and tables named constructor, toString, __proto__', () => {
    const result = importSql('CREATE TABLE "constructor" (a constructor, b "toString", c __proto__, d hasownproperty);');
    expect(result.issues).toEqual([]);
    expect(result.schema.tables['public.constructor']!.columns.map((c) => c.type.name)).toEqual(['constructor', 'toString', '__proto__', 'hasownproperty']);
  });
});
