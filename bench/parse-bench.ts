/**
 * `npm run bench`: parse and import speed on the largest corpus files, side by side with
 * pgsql-ast-parser (the pure-JS parser most browser schema tools use).
 *
 * For each of the N largest files in ../shared/corpus, the median of R timed runs (after one
 * untimed warm-up) of:
 *   parse            splitStatements + libpg-query parseSync of each statement (parse only)
 *   import           the full importSql (split, parse, build the model)
 *   lint             the rules (recommended preset) over the imported model
 *   pgsql-ast-parser `parse` on the same statements, one try/catch each, counting rejections;
 *                    in a worker thread with a per-file time limit, because its grammar is
 *                    ambiguous and some real statements take it minutes
 *
 * Options: --files N (5), --runs R (5), --timeout S (20), --corpus DIR (or SCHEMAWISE_SHARED).
 * Bundled by scripts/build-cli.mjs to dist-cli/bench/parse-bench.js; run with --expose-gc so
 * each timed run starts from a collected heap.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { parseSync } from 'libpg-query';
import { parse as pgsqlAstParse } from 'pgsql-ast-parser';
import { importSql, initParser, splitStatements } from '../src/core/parse';
import { lint } from '../src/core/rules';

// ---------------------------------------------------------------------------------------------
// Worker side: pgsql-ast-parser
// ---------------------------------------------------------------------------------------------

interface WorkerInput {
  statements: string[];
  runs: number;
  /** Stop starting new runs once this much time has gone by (ms). */
  budgetMs: number;
  /** progress[0] = index of the statement being parsed, for the timeout report. */
  progress: SharedArrayBuffer;
}

type WorkerMessage = { type: 'run'; ms: number; rejected: number; heapPeak: number; warmup: boolean } | { type: 'done' };

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
    const message: WorkerMessage = { type: 'run', ms, rejected, heapPeak: getHeapStatistics().used_heap_size, warmup: run === 0 };
    parentPort!.postMessage(message);
    if (performance.now() - started + ms > input.budgetMs) break;
  }
  parentPort!.postMessage({ type: 'done' } satisfies WorkerMessage);
}

// ---------------------------------------------------------------------------------------------
// Main thread
// ---------------------------------------------------------------------------------------------

interface AstResult {
  /** Median ms, or undefined on timeout. */
  ms?: number;
  runs: number;
  rejected?: number;
  /** On timeout: the statement it was stuck in (1-based index, line). */
  stuckAt?: { index: number; line: number; text: string };
  heapPeak: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

let mainHeapPeak = 0;
function sampleHeap(): void {
  mainHeapPeak = Math.max(mainHeapPeak, process.memoryUsage().heapUsed);
}

function timeRuns(runs: number, body: () => void): number {
  body(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = performance.now();
    body();
    times.push(performance.now() - t0);
    sampleHeap();
  }
  return median(times);
}

function runPgsqlAstParser(
  statements: { text: string; line: number }[],
  runs: number,
  timeoutMs: number,
): Promise<AstResult> {
  const progress = new SharedArrayBuffer(4);
  const input: WorkerInput = { statements: statements.map((s) => s.text), runs, budgetMs: timeoutMs, progress };
  const worker = new Worker(new URL(import.meta.url), { workerData: input });
  let warmup: number | undefined;
  const times: number[] = [];
  let rejected: number | undefined;
  let heapPeak = 0;
  return new Promise((resolve, reject) => {
    const finish = (): void => {
      clearTimeout(timer);
      void worker.terminate();
      if (rejected === undefined) {
        const index = Atomics.load(new Int32Array(progress), 0);
        const stuck = statements[index]!;
        const text = stuck.text.replace(/\s+/g, ' ');
        resolve({ runs: 0, heapPeak, stuckAt: { index: index + 1, line: stuck.line, text: text.length > 100 ? `${text.slice(0, 100)}...` : text } });
      } else {
        // Only the warm-up finished in time: report it rather than nothing.
        const measured = times.length > 0 ? times : [warmup!];
        resolve({ ms: median(measured), runs: measured.length, rejected, heapPeak });
      }
    };
    const timer = setTimeout(finish, timeoutMs);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'run') {
        rejected = message.rejected;
        heapPeak = Math.max(heapPeak, message.heapPeak);
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

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function defaultCorpus(): string {
  if (process.env.SCHEMAWISE_SHARED) return join(process.env.SCHEMAWISE_SHARED, 'corpus');
  // dist-cli/bench/parse-bench.js (or bench/parse-bench.ts) -> <repo>/../shared/corpus
  return fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

async function benchMain(): Promise<void> {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '5' },
      runs: { type: 'string', default: '5' },
      timeout: { type: 'string', default: '20' },
      corpus: { type: 'string', default: defaultCorpus() },
    },
  });
  const fileCount = Number(values.files);
  const runs = Number(values.runs);
  const timeoutMs = Number(values.timeout) * 1000;
  const corpus = values.corpus!;

  const files = readdirSync(corpus)
    .filter((name) => name.endsWith('.sql'))
    .map((name) => ({ path: join(corpus, name), size: statSync(join(corpus, name)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, fileCount);

  const started = performance.now();
  await initParser();
  process.stdout.write(
    `Schemawise parse bench: ${files.length} largest files of ${corpus}, median of ${runs} runs after a warm-up\n` +
      `node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}${(globalThis as { gc?: unknown }).gc ? '' : ' (no --expose-gc)'}\n\n`,
  );

  const header = ['file', 'KB', 'statements', 'parse ms', 'import ms', 'import/parse', 'lint ms', 'findings', 'pgsql-ast-parser ms', 'pgsql-ast-parser rejected %'];
  const rows: string[][] = [];
  const notes: string[] = [];
  let workerHeapPeak = 0;
  for (const file of files) {
    const text = readFileSync(file.path, 'utf8');
    const name = basename(file.path);
    process.stderr.write(`  ${name} ...`);
    const statements = splitStatements(text).statements;
    const parseMs = timeRuns(runs, () => {
      for (const statement of splitStatements(text).statements) {
        try {
          parseSync(statement.text);
        } catch {
          // a syntax error is a parse too
        }
      }
    });
    const importMs = timeRuns(runs, () => {
      importSql(text);
    });
    // The linter over the imported model (recommended preset), which should cost well under the import.
    const { schema } = importSql(text);
    let findings = 0;
    const lintMs = timeRuns(runs, () => {
      findings = lint(schema, { sourceText: text }).length;
    });
    const located = statements.map((s) => ({ text: s.text, line: lineAt(text, s.start) }));
    const ast = await runPgsqlAstParser(located, runs, timeoutMs);
    workerHeapPeak = Math.max(workerHeapPeak, ast.heapPeak);
    process.stderr.write(' done\n');
    const astCell =
      ast.ms === undefined ? `>${timeoutMs / 1000} s (timeout)` : `${fmt(ast.ms)}${ast.runs < runs ? ` (${ast.runs} run${ast.runs === 1 ? '' : 's'})` : ''}`;
    const rejectedCell = ast.rejected === undefined ? 'n/a' : `${((100 * ast.rejected) / statements.length).toFixed(1)} (${ast.rejected})`;
    if (ast.stuckAt) {
      notes.push(`${name}: pgsql-ast-parser still in statement ${ast.stuckAt.index} (line ${ast.stuckAt.line}) after ${timeoutMs / 1000} s: ${ast.stuckAt.text}`);
    }
    rows.push([
      name,
      (file.size / 1024).toFixed(0),
      String(statements.length),
      fmt(parseMs),
      fmt(importMs),
      (importMs / parseMs).toFixed(2),
      fmt(lintMs),
      String(findings),
      astCell,
      rejectedCell,
    ]);
  }

  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = (i: number): boolean => i > 0;
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (numeric(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`];
  for (const row of rows) out.push(line(row));
  out.push('');
  for (const note of notes) out.push(`note: ${note}`);
  out.push(
    `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (whole process, worker and WebAssembly included); ` +
      `peak heap used ${mb(mainHeapPeak)} main thread, ${mb(workerHeapPeak)} pgsql-ast-parser worker (sampled after each run)`,
  );
  out.push(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
}

if (isMainThread) {
  await benchMain();
} else {
  workerMain(workerData as WorkerInput);
}
