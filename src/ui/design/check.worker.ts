/// <reference lib="webworker" />
/**
 * Reads what the user types in the design inspector (types, defaults, checks, predicates) with
 * Postgres's parser, off the main thread. Started on the first such check only, so viewing a
 * schema never loads a second copy of the parser.
 */
import '../../worker/locate-wasm';
import { importSql, initParser } from '../../core/parse';
import { checkFragment, type FragmentReply, type FragmentRequest } from '../../core/parse/fragment';

declare const self: DedicatedWorkerGlobalScope;

const ready = initParser();

self.onmessage = async (event: MessageEvent<FragmentRequest & { id: number }>) => {
  const { id, ...request } = event.data;
  let reply: FragmentReply;
  try {
    await ready;
    reply = checkFragment(importSql, request);
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage({ id, ...reply });
};
