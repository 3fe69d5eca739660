/// <reference lib="webworker" />
/**
 * Runs the SQL import and the linter off the main thread, so typing in the editor never waits
 * for the parser or the rules. One request, one reply: the schema and its findings together.
 */
import './locate-wasm';
import { summarize } from '../core/model';
import { importSql, initParser } from '../core/parse';
import { lint, RULES_BY_ID, type Diagnostic } from '../core/rules';
import type { ImportRequest, RuleInfo, WorkerReply } from './protocol';

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

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, sql } = event.data;
  let reply: WorkerReply;
  try {
    await ready;
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
    reply = { type: 'imported', id, ...result, summary, diagnostics, rules: rulesOf(diagnostics), elapsedMs, lintMs };
    if (lintError) reply.lintError = lintError;
  } catch (error) {
    reply = { type: 'failed', id, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
