/// <reference lib="webworker" />
/**
 * Runs the SQL import, the linter and the whole document derivation (edits, patterns, lint,
 * diff, plan, scripts, target DDL) off the main thread, so typing in the editor never waits for
 * the parser or the rules. One request, one reply (a derivation: two, `derived` then `printed`);
 * replies are plain data.
 */
import './locate-wasm';
import { deriveDocument } from '../core/document';
import { summarize } from '../core/model';
import { createImporter, initParser, type ImportResult } from '../core/parse';
import { lint, RULES_BY_ID, type Diagnostic } from '../core/rules';
import { keyOf, type Schema } from '../core/model';
import { PATTERNS } from '../core/patterns/registry';
import type { Applicability } from '../core/patterns/types';
import { printSchema } from '../core/sql/print-schema';
import { TargetEncoder } from './target-patch';
import type { DeriveProgress, DeriveRequest, DerivedMessage, ImportRequest, PatternOptionsRequest, PatternOptionsResponse, ProgressMessage, RuleInfo, WorkerReply, WorkerRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const ready = initParser();

/**
 * One importer for the worker's life: each import reuses the parse trees of the previous text's
 * unchanged statements, so a keystroke parses one statement instead of the whole source; and a
 * statement that stops parsing while the user types keeps its last good objects (marked stale)
 * until it parses again, so the diagram and the migration do not lose them meanwhile.
 */
const importer = createImporter({ keepLastGood: true });
/** The document the last derivation was of: another one forgets the last good statements. */
let documentKey: number | undefined;

function rulesOf(diagnostics: Diagnostic[]): Record<string, RuleInfo> {
  const rules: Record<string, RuleInfo> = {};
  for (const { ruleId } of diagnostics) {
    const meta = RULES_BY_ID.get(ruleId)?.meta;
    if (meta && !rules[ruleId]) {
      rules[ruleId] = { id: meta.id, description: meta.description, category: meta.category, pattern: meta.pattern };
    }
  }
  return rules;
}

function importReply({ id, sql }: ImportRequest): WorkerReply {
  const started = performance.now();
  const result = importer.import(sql);
  const summary = summarize(result.schema);
  const elapsedMs = performance.now() - started;
  let diagnostics: Diagnostic[] = [];
  let lintError: string | undefined;
  try {
    diagnostics = lint(result.schema, { sourceText: sql });
  } catch (error) {
    lintError = error instanceof Error ? error.message : String(error);
  }
  const lintMs = performance.now() - started - elapsedMs;
  const reply: WorkerReply = { type: 'imported', id, ...result, summary, diagnostics, rules: rulesOf(diagnostics), elapsedMs, lintMs };
  if (lintError) reply.lintError = lintError;
  return reply;
}

/** The schema as designed by the last derivation, and the patterns on in it. */
let lastTarget: { schema: Schema; applied: Set<string> } | undefined;

function patternOptionsReply({ id, target }: PatternOptionsRequest): PatternOptionsResponse {
  const schema = lastTarget?.schema;
  const scope = !target ? 'schema' : schema?.views[keyOf(target)]?.materialized ? 'materialized-view' : 'table';
  const patterns = PATTERNS.filter((p) => p.scope === scope);
  const applicability: Record<string, Applicability> = {};
  for (const pattern of patterns) {
    if (!schema || lastTarget!.applied.has(`${pattern.id}:${target ? keyOf(target) : ''}`)) continue;
    try {
      applicability[pattern.id] = pattern.appliesTo(schema, target);
    } catch (error) {
      applicability[pattern.id] = { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }
  const info = patterns.map(({ id: patternId, title, description, scope: s, params, defaultParams }) => ({ id: patternId, title, description, scope: s, params, defaultParams }));
  return { type: 'pattern-options', id, ...(target ? { target } : {}), patterns: info, applicability };
}

/** Progress messages of a derivation at most this often (a step's start always goes). */
const PROGRESS_INTERVAL_MS = 80;

/**
 * Posts how far derivation `id` is. Only a derivation that has run for a while says so: a
 * keystroke's derivation of a few milliseconds sends nothing.
 */
function progressPoster(id: number): (phase: DeriveProgress['phase'], done: number, total: number) => void {
  const started = performance.now();
  let sentAt = 0;
  let phase = '';
  return (next, done, total) => {
    const now = performance.now();
    if (now - started < PROGRESS_INTERVAL_MS) return;
    if (next === phase && now - sentAt < PROGRESS_INTERVAL_MS) return;
    phase = next;
    sentAt = now;
    const message: ProgressMessage = { type: 'progress', id, phase: next, done, total };
    self.postMessage(message);
  };
}

/** The last import, reused while only edits, patterns or settings change. */
let lastImport: { sql: string; strict: boolean; result: ImportResult; ms: number } | undefined;

/** The target as the UI last received it (target-patch.ts): replies send what changed since. */
const targetEncoder = new TargetEncoder();

function deriveReply(
  { id, document, allowDestructive, targetBase, documentKey: key }: DeriveRequest,
  progress: ReturnType<typeof progressPoster>,
): { message: DerivedMessage; target: Schema } {
  const started = performance.now();
  if (key !== documentKey) {
    documentKey = key;
    importer.forget();
  }
  const strict = Boolean(document.importOptions?.strictSchemas);
  if (lastImport?.sql !== document.sourceSql || lastImport.strict !== strict) {
    lastImport = { sql: document.sourceSql, strict, result: importer.import(document.sourceSql, { strictSchemas: strict, onProgress: (done, total) => progress('import', done, total) }), ms: 0 };
    lastImport.ms = performance.now() - started;
  }
  const imported = lastImport.result;
  const elapsedMs = lastImport.ms;
  const importedAt = performance.now();
  const { baseline: _baseline, changes, targetDdl: _unprinted, target, ...derived } = deriveDocument({ ...document, layout: {}, pinned: [], groups: [], notes: [] }, imported, {
    allowDestructive,
    printTarget: false,
    onStep: (step) => progress(step, 0, 0),
  });
  lastTarget = { schema: target, applied: new Set(document.patterns.map((p) => `${p.pattern}:${p.target ? keyOf(p.target) : ''}`)) };
  const message: DerivedMessage = {
    type: 'derived',
    id,
    ...derived,
    targetPatch: targetEncoder.encode(target, targetBase),
    issues: imported.issues,
    stats: imported.stats,
    ...(imported.stale ? { stale: imported.stale } : {}),
    ...(imported.unread ? { unread: imported.unread } : {}),
    ...(imported.timings ? { importTimings: imported.timings } : {}),
    summary: summarize(target),
    rules: rulesOf(derived.diagnostics),
    elapsedMs,
    deriveMs: performance.now() - importedAt,
    lintMs: derived.timings.lint,
    changeCount: changes.length,
  };
  return { message, target };
}

function reply(request: WorkerRequest): WorkerReply {
  if (request.type === 'derive') {
    const progress = progressPoster(request.id);
    const { message, target } = deriveReply(request, progress);
    // The findings go now; the target DDL (a printer pass over the whole schema) follows.
    self.postMessage(message);
    progress('print', 0, 0);
    const printStart = performance.now();
    const targetDdl = printSchema(target);
    return { type: 'printed', id: request.id, targetDdl, printMs: performance.now() - printStart };
  }
  return request.type === 'pattern-options' ? patternOptionsReply(request) : importReply(request);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let answer: WorkerReply;
  try {
    await ready;
    answer = reply(request);
  } catch (error) {
    answer = { type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
