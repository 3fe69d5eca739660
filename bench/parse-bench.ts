/**
 * `npm run bench`: the core pipeline's speed and memory, against libpg-query's parse alone, on
 * the largest corpus files and on synthetic schemas of 500, 2,000 and 5,000 tables
 * (bench/generate-schema.ts), with pgsql-ast-parser (the pure-JS parser most browser schema tools
 * use) as a baseline row under each corpus file. One table.
 *
 * Each input is measured in fresh child processes (so one input's heap and WebAssembly memory do
 * not bill the next):
 *   timing child  W warm-up rounds then R timed rounds, each round running every step below
 *                 once, so that load from elsewhere hits all steps alike; the median per step
 *                 over the timed rounds. Warm-up is long because V8 optimizes a function after
 *                 enough calls, and a rule's visitor is called once per table per run: on a
 *                 corpus file lint needs some 20 runs to reach its steady speed, the import 10
 *                 to 15 (the first run is reported apart). No forced GC between steps: V8's
 *                 forced full collections throw compiled code away. The steps:
 *     parse        libpg-query's parseSync of each statement (split beforehand, untimed: the
 *                  parser alone, the way the import has to call it so that one syntax error
 *                  does not lose the file)
 *     import       the full importSql (split, parse, build the model)
 *     lint         the rules (recommended preset) over the imported model
 *     diff         diff(schema, mutated copy) (bench/mutate-schema.ts) and diff(schema, schema)
 *     pipeline     import + lint + diff(schema, mutated copy), the sum of the three medians;
 *                  "x parse" is pipeline / parse; "first run" is the pipeline of round one, the
 *                  process's first import (cold JIT: what a user waits for once)
 *   memory child  one pipeline (import, lint, mutated copy, diff) in a process that did nothing
 *                 else: peak RSS (the kernel's high-water mark, Node and WebAssembly included)
 *                 and the heap the model and findings keep after a GC
 *   pgsql-ast-parser  `parse` on the same statements, one try/catch each, counting rejections;
 *                 in a worker thread with a per-file time limit, because its grammar is
 *                 ambiguous and some real statements take it minutes ("timeout")
 *
 * Limit rows (issue 14): a table of 40,000 and of 100,000 columns (`--wide`), a CHECK whose CASE
 * nests 300 and 1,000 deep (`--deep`; the import refuses a statement nested past 2,000 levels of
 * its parse tree with a located error, so the second row measures the refusal). The wide rows
 * take 3 runs at most.
 *
 * Options: --files N (5 largest corpus files), --sizes 500,2000,5000 (synthetic tables; '' for
 * none), --wide 40000,100000 and --deep 300,1000 ('' for none), --runs R (7), --warmup W (25)
 * and --warmup-seconds S (20: fewer warm-up rounds once
 * that long has gone by), --big-runs R (runs for sizes >= 5,000; default R), --timeout S (20, for
 * pgsql-ast-parser), --corpus DIR (or SCHEMAWISE_CORPUS), --no-baseline.
 * Bundled by scripts/build-cli.mjs to dist-cli/bench/parse-bench.js; run with --expose-gc.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseSync } from 'libpg-query';
import { parse as pgsqlAstParse } from 'pgsql-ast-parser';
import { diff } from '../src/core/diff';
import type { Schema } from '../src/core/model/types';
import { importSql, initParser, splitStatements } from '../src/core/parse';
import { lint } from '../src/core/rules';
import { generateSchema } from './generate-schema';
import { mutateSchema } from './mutate-schema';

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * A case is a corpus file (`file:PATH`), a synthetic schema (`synthetic:N`), a table of N columns
 * (`wide:N`) or a CHECK whose CASE nests N deep (`deep:N`, refused past the import's depth limit).
 */
function caseText(spec: string): string {
  if (spec.startsWith('synthetic:')) return generateSchema(Number(spec.slice('synthetic:'.length)));
  if (spec.startsWith('wide:')) return wideTable(Number(spec.slice('wide:'.length)));
  if (spec.startsWith('deep:')) return deepCase(Number(spec.slice('deep:'.length)));
  return readFileSync(spec.slice('file:'.length), 'utf8');
}

const WIDE_TYPES = ['text', 'integer', 'bigint', 'numeric(12,2)', 'timestamptz', 'boolean NOT NULL DEFAULT false', "varchar(80) DEFAULT 'x'", 'jsonb'];

/** One table of n columns of mixed types, keyed, with a check and an index: the shape of a wide import. */
function wideTable(n: number): string {
  const columns = Array.from({ length: n }, (_, i) => `    c${i} ${WIDE_TYPES[i % WIDE_TYPES.length]!}`);
  return `CREATE TABLE public.wide (\n    id bigint PRIMARY KEY,\n${columns.join(',\n')},\n    CHECK (c1 > 0)\n);\nCREATE INDEX wide_c0_idx ON public.wide (c0);\n`;
}

/** A small table whose CHECK is a CASE nested n deep (generated SQL does this), and a neighbour. */
function deepCase(n: number): string {
  let expression = 'x';
  for (let i = 0; i < n; i++) expression = `CASE WHEN x > ${i} THEN ${expression} ELSE ${i} END`;
  return `CREATE TABLE public.neighbour (id bigint PRIMARY KEY);\nCREATE TABLE public.deep (id bigint PRIMARY KEY, x integer, CHECK ((${expression}) >= 0));\n`;
}

// ---------------------------------------------------------------------------------------------
// pgsql-ast-parser worker
// ---------------------------------------------------------------------------------------------

interface WorkerInput {
  statements: string[];
  runs: number;
  /** Stop starting new runs once this much time has gone by (ms). */
  budgetMs: number;
  /** progress[0] = index of the statement being parsed, for the timeout report. */
  progress: SharedArrayBuffer;
}

type WorkerMessage = { type: 'run'; ms: number; rejected: number; warmup: boolean } | { type: 'done' };

function workerMain(input: WorkerInput): void {
  const progress = new Int32Array(input.progress);
  const started = performance.now();
  for (let run = 0; run <= input.runs; run++) {
    const t0 = performance.now();
    let rejected = 0;
    input.statements.forEach((statement, i) => {
      Atomics.store(progress, 0, i);
      try {
        pgsqlAstParse(statement);
      } catch {
        rejected++;
      }
    });
    const ms = performance.now() - t0;
    // Run 0 is the warm-up; it still tells the main thread the file finished once.
    parentPort!.postMessage({ type: 'run', ms, rejected, warmup: run === 0 } satisfies WorkerMessage);
    if (performance.now() - started + ms > input.budgetMs) break;
  }
  parentPort!.postMessage({ type: 'done' } satisfies WorkerMessage);
}

interface AstResult {
  /** Median ms, or undefined on timeout. */
  ms?: number;
  runs: number;
  rejected?: number;
  /** On timeout: the statement it was stuck in (1-based index, line). */
  stuckAt?: { index: number; line: number; text: string };
}

function runPgsqlAstParser(statements: { text: string; line: number }[], runs: number, timeoutMs: number): Promise<AstResult> {
  const progress = new SharedArrayBuffer(4);
  const input: WorkerInput = { statements: statements.map((s) => s.text), runs, budgetMs: timeoutMs, progress };
  const worker = new Worker(new URL(import.meta.url), { workerData: input });
  let warmup: number | undefined;
  const times: number[] = [];
  let rejected: number | undefined;
  return new Promise((resolve, reject) => {
    const finish = (): void => {
      clearTimeout(timer);
      void worker.terminate();
      if (rejected === undefined) {
        const index = Atomics.load(new Int32Array(progress), 0);
        const stuck = statements[index]!;
        const text = stuck.text.replace(/\s+/g, ' ');
        resolve({ runs: 0, stuckAt: { index: index + 1, line: stuck.line, text: text.length > 100 ? `${text.slice(0, 100)}...` : text } });
      } else {
        // Only the warm-up finished in time: report it rather than nothing.
        const measured = times.length > 0 ? times : [warmup!];
        resolve({ ms: median(measured), runs: measured.length, rejected });
      }
    };
    const timer = setTimeout(finish, timeoutMs);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'run') {
        rejected = message.rejected;
        if (message.warmup) warmup = message.ms;
        else times.push(message.ms);
      } else {
        finish();
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Child processes: one input each
// ---------------------------------------------------------------------------------------------

interface TimingResult {
  bytes: number;
  statements: number;
  tables: number;
  runs: number;
  warmup: number;
  /** import + lint + diff in the first round (the process's first import: a cold JIT). */
  firstPipelineMs: number;
  parseMs: number;
  importMs: number;
  lintMs: number;
  findings: number;
  diffMs: number;
  changes: number;
  diffSameMs: number;
}

interface MemoryResult {
  /** Peak RSS of the process (bytes). */
  peakRss: number;
  /** RSS after loading the parser and the text, before the pipeline (bytes). */
  startRss: number;
  /** Heap kept by the schema, its mutated copy and the findings after a GC (bytes). */
  heapKept: number;
}

/**
 * Runs every step once per round, warm-up rounds first, so that a burst of load from elsewhere
 * on the machine hits parse and pipeline alike; medians per step over the timed rounds.
 */
/** A step's body; one that returns a number timed itself (to leave its own set-up out). */
type Step = () => void | number;

function timeSteps(
  warmup: number,
  warmupSeconds: number,
  runs: number,
  steps: Record<string, Step>,
): { median: Record<string, number>; first: Record<string, number>; warmupRounds: number } {
  const times: Record<string, number[]> = {};
  const first: Record<string, number> = {};
  const started = performance.now();
  // Warm-up rounds: `warmup` of them, or fewer once `warmupSeconds` have gone by (at least one).
  let warmupRounds = warmup;
  for (let round = 0; round < warmupRounds + runs; round++) {
    if (round > 0 && round < warmupRounds && performance.now() - started > warmupSeconds * 1000) warmupRounds = round;
    // No forced GC here: V8's forced full collections throw away compiled code, and every
    // JavaScript step then runs half-warm again (import measured twice as slow, lint four
    // times), which no real session pays; the GC each step causes is part of its time.
    for (const [name, body] of Object.entries(steps)) {
      const t0 = performance.now();
      const own = body();
      const ms = typeof own === 'number' ? own : performance.now() - t0;
      if (round === 0) first[name] = ms;
      if (round >= warmupRounds) (times[name] ??= []).push(ms);
    }
  }
  return { median: Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)])), first, warmupRounds };
}

function timingChild(spec: string, runs: number, warmup: number, warmupSeconds: number): TimingResult {
  const text = caseText(spec);
  const statements = splitStatements(text).statements;
  let schema: Schema | undefined;
  let mutated: Schema | undefined;
  let findings = 0;
  let changes = 0;
  const { median: ms, first, warmupRounds } = timeSteps(warmup, warmupSeconds, runs, {
    parse: () => {
      for (const statement of statements) {
        try {
          parseSync(statement.text);
        } catch {
          // a syntax error is a parse too
        }
      }
    },
    import: () => {
      schema = importSql(text).schema;
    },
    lint: () => {
      findings = lint(schema!, { sourceText: text }).length;
    },
    diff: () => {
      // The differ's second schema: made once, from the first import, outside the timings.
      mutated ??= mutateSchema(schema!);
      const t0 = performance.now();
      changes = diff(schema!, mutated).length;
      return performance.now() - t0;
    },
    diffSame: () => {
      if (diff(schema!, schema!).length > 0) throw new Error(`${spec}: diff(schema, schema) is not empty`);
    },
  });
  return {
    bytes: Buffer.byteLength(text),
    statements: statements.length,
    tables: Object.keys(schema!.tables).length,
    runs,
    warmup: warmupRounds,
    firstPipelineMs: first.import! + first.lint! + first.diff!,
    parseMs: ms.parse!,
    importMs: ms.import!,
    lintMs: ms.lint!,
    findings,
    diffMs: ms.diff!,
    changes,
    diffSameMs: ms.diffSame!,
  };
}

function memoryChild(spec: string): MemoryResult {
  let text: string | undefined = caseText(spec);
  collect();
  const startRss = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const { schema } = importSql(text);
  const findings = lint(schema, { sourceText: text });
  const mutated = mutateSchema(schema);
  const changes = diff(schema, mutated);
  text = undefined;
  collect();
  const heapKept = process.memoryUsage().heapUsed - heapBefore;
  // Keep the results alive up to the measurement.
  if (findings.length < 0 || changes.length < 0 || !mutated) throw new Error('unreachable');
  return { peakRss: process.resourceUsage().maxRSS * 1024, startRss, heapKept };
}

async function childMain(mode: string, spec: string, runs: number, warmup: number, warmupSeconds: number): Promise<void> {
  await initParser();
  const result = mode === 'memory' ? memoryChild(spec) : timingChild(spec, runs, warmup, warmupSeconds);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild<T>(mode: 'timing' | 'memory', spec: string, runs: number, warmup = 0, warmupSeconds = 0): Promise<T> {
  const args = [
    '--expose-gc', fileURLToPath(import.meta.url), '--child', mode, '--case', spec,
    '--runs', String(runs), '--warmup', String(warmup), '--warmup-seconds', String(warmupSeconds),
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`${mode} child for ${spec} failed: ${error.message}\n${stderr}`));
        return;
      }
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as T);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Orchestrator
// ---------------------------------------------------------------------------------------------

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function defaultCorpus(): string {
  if (process.env.SCHEMAWISE_CORPUS) return process.env.SCHEMAWISE_CORPUS;
  // dist-cli/bench/parse-bench.js (or bench/parse-bench.ts) -> <repo>/test/corpus
  return fileURLToPath(new URL('../../test/corpus', import.meta.url));
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
const thousands = (n: number): string => n.toLocaleString('en-US');

interface Measured {
  label: string;
  spec: string;
  timing: TimingResult;
  memory: MemoryResult;
}

const pipelineOf = (t: TimingResult): number => t.importMs + t.lintMs + t.diffMs;

async function benchMain(): Promise<void> {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '5' },
      sizes: { type: 'string', default: '500,2000,5000' },
      wide: { type: 'string', default: '40000,100000' },
      deep: { type: 'string', default: '300,1000' },
      runs: { type: 'string', default: '7' },
      warmup: { type: 'string', default: '25' },
      'warmup-seconds': { type: 'string', default: '20' },
      'big-runs': { type: 'string' },
      timeout: { type: 'string', default: '20' },
      corpus: { type: 'string', default: defaultCorpus() },
      'no-baseline': { type: 'boolean', default: false },
    },
  });
  const fileCount = Number(values.files);
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  const warmupSeconds = Number(values['warmup-seconds']);
  const bigRuns = Number(values['big-runs'] ?? runs);
  const timeoutMs = Number(values.timeout) * 1000;
  const corpus = values.corpus!;
  const sizes = values.sizes!.split(',').filter(Boolean).map(Number);
  const wide = values.wide!.split(',').filter(Boolean).map(Number);
  const deep = values.deep!.split(',').filter(Boolean).map(Number);

  const files =
    fileCount > 0
      ? readdirSync(corpus)
          .filter((name) => name.endsWith('.sql'))
          .map((name) => ({ path: join(corpus, name), size: statSync(join(corpus, name)).size }))
          .sort((a, b) => b.size - a.size)
          .slice(0, fileCount)
      : [];

  const started = performance.now();
  await initParser();
  process.stdout.write(
    `Schemawise core bench: ${files.length} largest files of ${corpus} and synthetic schemas of ${sizes.map(thousands).join(' / ')} tables\n` +
      `median of ${runs} runs after up to ${warmup} warm-up rounds (${warmupSeconds} s at most)${bigRuns !== runs ? `, ${bigRuns} runs for 5,000 tables and more` : ''}; each input in fresh child processes; ` +
      `node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}\n\n`,
  );

  const header = [
    'input', 'KB', 'statements', 'tables', 'parse ms', 'import ms', 'lint ms', 'diff ms', 'diff same ms',
    'pipeline ms', 'x parse', 'first run ms', 'peak RSS MB', 'model heap MB', 'runs', 'warm-up', 'notes',
  ];
  const rows: string[][] = [];
  const notes: string[] = [];
  const measured: Measured[] = [];
  const measure = async (label: string, spec: string, caseRuns: number): Promise<Measured> => {
    process.stderr.write(`  ${label} ...`);
    const timing = await runChild<TimingResult>('timing', spec, caseRuns, warmup, warmupSeconds);
    const memory = await runChild<MemoryResult>('memory', spec, 1);
    const m = { label, spec, timing, memory };
    measured.push(m);
    const t = timing;
    const pipeline = pipelineOf(t);
    rows.push([
      label,
      (t.bytes / 1024).toFixed(0),
      String(t.statements),
      String(t.tables),
      fmt(t.parseMs),
      fmt(t.importMs),
      fmt(t.lintMs),
      fmt(t.diffMs),
      fmt(t.diffSameMs),
      fmt(pipeline),
      ratio(pipeline, t.parseMs),
      fmt(t.firstPipelineMs),
      mb(memory.peakRss),
      mb(memory.heapKept),
      String(t.runs),
      String(t.warmup),
      `${t.findings} findings, ${t.changes} changes`,
    ]);
    return m;
  };

  for (const file of files) {
    const name = basename(file.path);
    const m = await measure(name, `file:${file.path}`, runs);
    if (!values['no-baseline']) {
      const text = readFileSync(file.path, 'utf8');
      const located = splitStatements(text).statements.map((s) => ({ text: s.text, line: lineAt(text, s.start) }));
      const ast = await runPgsqlAstParser(located, runs, timeoutMs);
      const cell = ast.ms === undefined ? `timeout >${timeoutMs / 1000} s` : fmt(ast.ms);
      const rejected = ast.rejected === undefined ? '' : `rejects ${((100 * ast.rejected) / located.length).toFixed(1)}% (${ast.rejected})`;
      rows.push([
        '  pgsql-ast-parser', '', '', '', cell, '', '', '', '', '', ast.ms === undefined ? '' : ratio(ast.ms, m.timing.parseMs), '', '', '',
        ast.ms === undefined ? '' : String(ast.runs), '1', rejected,
      ]);
      if (ast.stuckAt) notes.push(`${name}: pgsql-ast-parser still in statement ${ast.stuckAt.index} (line ${ast.stuckAt.line}) after ${timeoutMs / 1000} s: ${ast.stuckAt.text}`);
    }
    process.stderr.write(' done\n');
  }
  for (const size of sizes) {
    await measure(`synthetic ${thousands(size)} tables`, `synthetic:${size}`, size >= 5000 ? bigRuns : runs);
    process.stderr.write(' done\n');
  }

  // Limits (issue 14): one very wide table, and an expression nested deep (past 2,000 levels of
  // the parse tree the import refuses the statement with a located error instead of working on
  // it for minutes). Fewer runs: one round of the wide table already takes seconds.
  for (const n of wide) {
    await measure(`wide table ${thousands(n)} columns`, `wide:${n}`, Math.min(runs, 3));
    process.stderr.write(' done\n');
  }
  for (const n of deep) {
    await measure(`CASE nested ${thousands(n)} deep`, `deep:${n}`, runs);
    process.stderr.write(' done\n');
  }

  // Growth: the largest synthetic size over the smallest.
  const synthetic = measured.filter((m) => m.spec.startsWith('synthetic:'));
  if (synthetic.length >= 2) {
    const small = synthetic[0]!;
    const large = synthetic[synthetic.length - 1]!;
    const g = (a: number, b: number): string => ratio(a, b);
    rows.push([
      `growth ${thousands(large.timing.tables)} / ${thousands(small.timing.tables)}`,
      g(large.timing.bytes, small.timing.bytes),
      g(large.timing.statements, small.timing.statements),
      g(large.timing.tables, small.timing.tables),
      g(large.timing.parseMs, small.timing.parseMs),
      g(large.timing.importMs, small.timing.importMs),
      g(large.timing.lintMs, small.timing.lintMs),
      g(large.timing.diffMs, small.timing.diffMs),
      g(large.timing.diffSameMs, small.timing.diffSameMs),
      g(pipelineOf(large.timing), pipelineOf(small.timing)),
      '',
      g(large.timing.firstPipelineMs, small.timing.firstPipelineMs),
      g(large.memory.peakRss, small.memory.peakRss),
      g(large.memory.heapKept, small.memory.heapKept),
      '',
      '',
      `RSS above start: ${g(large.memory.peakRss - large.memory.startRss, small.memory.peakRss - small.memory.startRss)}`,
    ]);
  }

  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = (i: number): boolean => i > 0 && i < header.length - 1;
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (numeric(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`];
  for (const row of rows) out.push(line(row));
  out.push('');
  out.push(
    'pipeline = import (which parses) + lint + diff(schema, mutated copy), medians after warm-up; x parse = pipeline / parse; first run = the same in the first round of a fresh process (cold JIT).',
    'peak RSS: one pipeline in a fresh process (Node and WebAssembly included); model heap: what the schema, its mutated copy and the findings keep after a GC.',
  );

  // The targets of issue 8.
  const corpusRows = measured.filter((m) => m.spec.startsWith('file:'));
  if (corpusRows.length > 0) {
    const worst = corpusRows.reduce((a, b) => (pipelineOf(a.timing) / a.timing.parseMs >= pipelineOf(b.timing) / b.timing.parseMs ? a : b));
    const x = pipelineOf(worst.timing) / worst.timing.parseMs;
    out.push(`target pipeline <= 2x parse on the corpus files: ${x <= 2 ? 'met' : 'NOT met'} (worst ${x.toFixed(2)}x, ${worst.label})`);
  }
  if (synthetic.length >= 2) {
    const small = synthetic[0]!;
    const large = synthetic[synthetic.length - 1]!;
    const tables = large.timing.tables / small.timing.tables;
    const growth = pipelineOf(large.timing) / pipelineOf(small.timing);
    const limit = (12 * tables) / 10;
    out.push(`target ${thousands(large.timing.tables)} tables <= ${limit.toFixed(0)}x ${thousands(small.timing.tables)} tables: ${growth <= limit ? 'met' : 'NOT met'} (${growth.toFixed(2)}x)`);
  }
  for (const note of notes) out.push(`note: ${note}`);
  out.push(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
}

if (!isMainThread) {
  workerMain(workerData as WorkerInput);
} else if (process.argv.includes('--child')) {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      case: { type: 'string' },
      runs: { type: 'string', default: '7' },
      warmup: { type: 'string', default: '25' },
      'warmup-seconds': { type: 'string', default: '20' },
    },
  });
  await childMain(values.child!, values.case!, Number(values.runs), Number(values.warmup), Number(values['warmup-seconds']));
} else {
  await benchMain();
}
