/// <reference lib="webworker" />
/**
 * "Verify on Postgres": PGlite (Postgres in WebAssembly) runs the baseline, the up migration and
 * the down migration, and compares catalogs (src/core/verify). This worker and PGlite's files
 * (wasm, data, contrib bundles, all emitted by Vite next to the app) load only when the user
 * asks for a verification (or is about to: `prepare`).
 *
 * Postgres stays warm here between runs (VerifySession): the baseline is run once and copied for
 * each run, and a copy for the next run is made as soon as one ends, so verifying again (after
 * each design change) starts at once. Progress goes to the page as statements run.
 */
import { verifyMigration, verifyScripts, VerifySession, type VerifyProgress } from '../core/verify';
import type { VerifyReply, VerifyWorkerRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const session = new VerifySession();

/** Progress messages at most this often (the last one of a phase always goes). */
const PROGRESS_INTERVAL_MS = 50;

/** Work on the session one request at a time, in order. */
let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

function progressPoster(id: number): (progress: VerifyProgress) => void {
  let sentAt = 0;
  let phase = '';
  return (progress) => {
    const now = performance.now();
    const last = progress.done === progress.total;
    if (progress.phase === phase && !last && now - sentAt < PROGRESS_INTERVAL_MS) return;
    phase = progress.phase;
    sentAt = now;
    const reply: VerifyReply = { type: 'verify-progress', id, progress };
    self.postMessage(reply);
  };
}

self.onmessage = (event: MessageEvent<VerifyWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'prepare') {
    void enqueue(() => session.prepare(request.baselineSql, request.scripts)).catch(() => undefined);
    return;
  }
  const { id, input } = request;
  void enqueue(async () => {
    const started = performance.now();
    let reply: VerifyReply;
    try {
      const result = await verifyMigration(input, { databases: session, onProgress: progressPoster(id) });
      reply = { type: 'verified', id, result, elapsedMs: performance.now() - started };
    } catch (error) {
      reply = { type: 'verify-failed', id, message: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(reply);
  }).then(() => enqueue(() => session.prepare(input.baselineSql, verifyScripts(input))).catch(() => undefined));
};
