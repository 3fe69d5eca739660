/// <reference lib="webworker" />
/**
 * "Verify on Postgres": PGlite (Postgres in WebAssembly) runs the baseline, the up migration and
 * the down migration, and compares catalogs (src/core/verify). This worker and PGlite's files
 * (wasm, data, contrib bundles, all emitted by Vite next to the app) load only when the user
 * asks for a verification.
 */
import { verifyMigration } from '../core/verify';
import type { VerifyReply, VerifyRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<VerifyRequest>) => {
  const { id, input } = event.data;
  const started = performance.now();
  let reply: VerifyReply;
  try {
    const result = await verifyMigration(input);
    reply = { type: 'verified', id, result, elapsedMs: performance.now() - started };
  } catch (error) {
    reply = { type: 'verify-failed', id, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
