/// <reference lib="webworker" />
/**
 * Reads what the user types in the design inspector (types, defaults, checks, predicates) with
 * Postgres's parser, off the main thread. Started on the first such check only, so viewing a
 * schema never loads a second copy of the parser.
 */
import '../../worker/locate-wasm';
import { importSql, initParser } from '../../core/parse';
import { runCheck, type CheckReply, type CheckRequest } from './check';

declare const self: DedicatedWorkerGlobalScope;

const ready = initParser();

self.onmessage = async (event: MessageEvent<CheckRequest & { id: number }>) => {
  const { id, ...request } = event.data;
  let reply: CheckReply;
  try {
    await ready;
    reply = runCheck(importSql, request);
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage({ id, ...reply });
};
