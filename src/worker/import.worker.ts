/// <reference lib="webworker" />
/**
 * Runs the SQL import, the linter and the whole document derivation (edits, patterns, lint,
 * diff, plan, scripts, target DDL) off the main thread, so typing in the editor never waits for
 * the parser or the rules. One request, one reply; replies are plain data.
 */
import './locate-wasm';
import { deriveDocument } from '../core/document';
import { summarize } from '../core/model';
import { importSql, initParser, type ImportResult } from '../core/parse';
import { lint, RULES_BY_ID, type Diagnostic } from '../core/rules';
import type { DeriveRequest, DeriveResponse, ImportRequest, RuleInfo, WorkerReply, WorkerRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const ready = initParser();

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
  const result = importSql(sql);
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

/** The last import, reused while only edits, patterns or settings change. */
let lastImport: { sql: string; result: ImportResult; ms: number } | undefined;

function deriveReply({ id, document, allowDestructive }: DeriveRequest): DeriveResponse {
  const started = performance.now();
  if (lastImport?.sql !== document.sourceSql) {
    lastImport = { sql: document.sourceSql, result: importSql(document.sourceSql), ms: 0 };
    lastImport.ms = performance.now() - started;
  }
  const imported = lastImport.result;
  const elapsedMs = lastImport.ms;
  const importedAt = performance.now();
  const { baseline: _baseline, changes, ...derived } = deriveDocument({ ...document, layout: {} }, imported, { allowDestructive });
  return {
    type: 'derived',
    id,
    ...derived,
    issues: imported.issues,
    stats: imported.stats,
    summary: summarize(derived.target),
    rules: rulesOf(derived.diagnostics),
    elapsedMs,
    deriveMs: performance.now() - importedAt,
    lintMs: derived.timings.lint,
    changeCount: changes.length,
  };
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let reply: WorkerReply;
  try {
    await ready;
    reply = request.type === 'derive' ? deriveReply(request) : importReply(request);
  } catch (error) {
    reply = { type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
