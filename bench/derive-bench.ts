/**
 * `node dist-cli/bench/derive-bench.js [tables] [rounds]`: what one keystroke costs the worker on
 * a synthetic schema (500 tables by default): the source is edited at its end (`mone` <-> `money`,
 * the edit bench/ui-bench.ts types) and derived again, the way src/worker/import.worker.ts does
 * it, with the time split into import (split, parse, model), lint, diff + plan, the target's
 * patch (src/worker/target-patch.ts: encoded in the worker, cloned, decoded in the UI) and the
 * target DDL, which the worker prints after it has sent the findings. Warm: the first rounds are left out. Not part of `npm run bench`;
 * a tool to see where the keystroke's time goes.
 */
import { deriveDocument } from '../src/core/document';
import { createDocument } from '../src/core/document/types';
import { createImporter, importSql, initParser } from '../src/core/parse';
import { printSchema } from '../src/core/sql/print-schema';
import { TargetDecoder, TargetEncoder } from '../src/worker/target-patch';
import { generateSchema } from './generate-schema';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

await initParser();
const tables = Number(process.argv[2] ?? 500);
const rounds = Number(process.argv[3] ?? 30);
const base = `${generateSchema(tables)}\nCREATE TABLE public.zz_typing_target (id bigint PRIMARY KEY, price mone`;
const importer = createImporter();
const encoder = new TargetEncoder();
const decoder = new TargetDecoder();
const times: Record<string, number[]> = {};
const add = (name: string, ms: number): void => void (times[name] ??= []).push(ms);

for (let round = 0; round < rounds + 5; round++) {
  const sql = `${base}${round % 2 ? 'y' : ''})`;
  const doc = createDocument(sql, 'bench');
  const t0 = performance.now();
  const full = importSql(sql);
  const t1 = performance.now();
  const incremental = importer.import(sql);
  const t2 = performance.now();
  const derived = deriveDocument(doc, incremental, { printTarget: false });
  const t3 = performance.now();
  const patch = encoder.encode(derived.target, decoder.base);
  const t4 = performance.now();
  const { target: _target, baseline: _baseline, changes: _changes, ...rest } = derived;
  structuredClone({ ...rest, patch });
  const t5 = performance.now();
  decoder.decode(patch);
  const t6 = performance.now();
  printSchema(derived.target);
  const t7 = performance.now();
  if (round < 5) continue;
  if (full.issues.length !== incremental.issues.length) throw new Error('incremental import differs');
  add('full import', t1 - t0);
  add('incremental import', t2 - t1);
  for (const [name, ms] of Object.entries(incremental.timings ?? {})) add(`  ${name}`, ms);
  add('derive (edits, lint, diff, plan)', t3 - t2);
  for (const [name, ms] of Object.entries(derived.timings)) if (name !== 'print') add(`  ${name}`, ms);
  add('target patch: encode (worker)', t4 - t3);
  add('reply: structured clone', t5 - t4);
  add('target patch: decode (UI)', t6 - t5);
  add('findings ready in the UI (sum of the above)', t6 - t1);
  add('target DDL, printed after', t7 - t6);
}
console.log(`derive after one keystroke, ${tables} tables, median of ${rounds} rounds (ms)`);
for (const [name, list] of Object.entries(times)) console.log(`${name.padEnd(44)} ${median(list).toFixed(1).padStart(8)}`);
