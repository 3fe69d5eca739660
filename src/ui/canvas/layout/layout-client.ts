/**
 * The UI's handle on the layout worker (layout.worker.ts): one promise per request. A layout that
 * takes longer than TIMEOUT_MS is given up (the caller falls back to a grid and says so), and the
 * worker is restarted, so that a stuck layout never blanks the canvas for good.
 */
import type { LayoutReply, LayoutRequest } from './protocol';
import type { ArrangeInput, ArrangeResult } from './types';

export const TIMEOUT_MS = 20_000;

type Resolver = { resolve: (reply: LayoutReply) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Resolver>();

function start(): Worker {
  const created = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'schemawise-layout' });
  created.onmessage = (event: MessageEvent<LayoutReply>) => {
    pending.get(event.data.id)?.resolve(event.data);
    pending.delete(event.data.id);
  };
  created.onerror = (event) => {
    for (const { reject } of pending.values()) reject(new Error(event.message || 'The layout worker failed.'));
    pending.clear();
    worker = undefined;
  };
  return created;
}

function ask(request: Omit<LayoutRequest, 'id'>, timeout: number): Promise<LayoutReply> {
  worker ??= start();
  const id = nextId++;
  const active = worker;
  return new Promise<LayoutReply>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      // A stuck worker would delay every later request: start a fresh one.
      active.terminate();
      if (worker === active) worker = undefined;
      for (const other of pending.values()) other.reject(new Error('The layout worker was restarted.'));
      pending.clear();
      reject(new Error(`layout took longer than ${timeout / 1000} s`));
    }, timeout);
    pending.set(id, {
      resolve: (reply) => {
        clearTimeout(timer);
        if (reply.type === 'error') reject(new Error(reply.message));
        else resolve(reply);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    active.postMessage({ ...request, id } as LayoutRequest);
  });
}

export async function arrangeInWorker(input: ArrangeInput, timeout = TIMEOUT_MS): Promise<ArrangeResult> {
  const reply = await ask({ type: 'arrange', input }, timeout);
  if (reply.type !== 'arranged') throw new Error('unexpected reply');
  return reply.result;
}
