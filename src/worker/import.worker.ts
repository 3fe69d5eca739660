/// <reference lib="webworker" />
/** Runs the SQL import off the main thread, so typing in the editor never waits for the parser. */
import './locate-wasm';
import { summarize } from '../core/model';
import { importSql, initParser } from '../core/parse';
import type { ImportRequest, WorkerReply } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const ready = initParser();

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, sql } = event.data;
  let reply: WorkerReply;
  try {
    await ready;
    const started = performance.now();
    const result = importSql(sql);
    const summary = summarize(result.schema);
    reply = { type: 'imported', id, ...result, summary, elapsedMs: performance.now() - started };
  } catch (error) {
    reply = { type: 'failed', id, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
