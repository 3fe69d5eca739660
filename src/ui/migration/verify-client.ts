/**
 * Runs verifications in the PGlite worker, created on the first request (lazy: ~20 MB of
 * Postgres), kept for the page's life: Postgres stays warm in it between runs.
 */
import { verifyScripts, type VerifyInput } from '../../core/verify/input';
import type { VerifyProgress, VerifyResult } from '../../core/verify';
import type { VerifyReply, VerifyWorkerRequest } from '../../worker/protocol';

interface Pending {
  resolve: (value: { result: VerifyResult; elapsedMs: number }) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: VerifyProgress) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('../../worker/verify.worker.ts', import.meta.url), { type: 'module', name: 'schemawise-verify' });
  created.onmessage = (event: MessageEvent<VerifyReply>) => {
    const reply = event.data;
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    if (reply.type === 'verify-progress') {
      waiter.onProgress?.(reply.progress);
      return;
    }
    pending.delete(reply.id);
    if (reply.type === 'verified') waiter.resolve({ result: reply.result, elapsedMs: reply.elapsedMs });
    else waiter.reject(new Error(reply.message));
  };
  created.onerror = (event) => {
    for (const waiter of pending.values()) waiter.reject(new Error(event.message || 'The Postgres worker failed to start.'));
    pending.clear();
    created.terminate();
    worker = undefined;
  };
  worker = created;
  return created;
}

export function verifyInWorker(input: VerifyInput, onProgress?: (progress: VerifyProgress) => void): Promise<{ result: VerifyResult; elapsedMs: number }> {
  const id = nextId++;
  const promise = new Promise<{ result: VerifyResult; elapsedMs: number }>((resolve, reject) => pending.set(id, { resolve, reject, onProgress }));
  const message: VerifyWorkerRequest = { type: 'verify', id, input };
  getWorker().postMessage(message);
  return promise;
}

/** Gets Postgres ready for verifying `input` soon (the user is about to click Verify). */
export function prepareVerify(input: VerifyInput): void {
  const message: VerifyWorkerRequest = { type: 'prepare', baselineSql: input.baselineSql, scripts: verifyScripts(input) };
  getWorker().postMessage(message);
}
