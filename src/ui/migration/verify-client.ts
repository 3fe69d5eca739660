/** Runs verifications in the PGlite worker, created on the first request (lazy: ~20 MB of Postgres). */
import type { VerifyInput, VerifyResult } from '../../core/verify';
import type { VerifyReply, VerifyRequest } from '../../worker/protocol';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (value: { result: VerifyResult; elapsedMs: number }) => void; reject: (error: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('../../worker/verify.worker.ts', import.meta.url), { type: 'module', name: 'schemawise-verify' });
  created.onmessage = (event: MessageEvent<VerifyReply>) => {
    const reply = event.data;
    const waiter = pending.get(reply.id);
    if (!waiter) return;
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

export function verifyInWorker(input: VerifyInput): Promise<{ result: VerifyResult; elapsedMs: number }> {
  const id = nextId++;
  const promise = new Promise<{ result: VerifyResult; elapsedMs: number }>((resolve, reject) => pending.set(id, { resolve, reject }));
  const message: VerifyRequest = { type: 'verify', id, input };
  getWorker().postMessage(message);
  return promise;
}
