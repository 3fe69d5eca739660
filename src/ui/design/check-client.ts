/** The UI's handle on the check worker (check.worker.ts): one promise per request. */
import type { FragmentKind, FragmentReply } from '../../core/parse/fragment';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (reply: FragmentReply) => void>();

function start(): Worker {
  const created = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'schemawise-check' });
  created.onmessage = (event: MessageEvent<FragmentReply & { id: number }>) => {
    const { id, ...reply } = event.data;
    pending.get(id)?.(reply as FragmentReply);
    pending.delete(id);
  };
  created.onerror = (event) => {
    for (const resolve of pending.values()) resolve({ ok: false, error: event.message || 'The SQL checker failed to start.' });
    pending.clear();
    worker = undefined;
  };
  return created;
}

/** Parses `text` as a `kind` with Postgres's grammar; resolves with its canonical form or the error. */
export function checkSql(kind: FragmentKind, text: string): Promise<FragmentReply> {
  worker ??= start();
  const id = nextId++;
  const active = worker;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    active.postMessage({ id, kind, text });
  });
}
