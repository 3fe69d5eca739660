/** The UI's handle on the check worker (check.worker.ts): one promise per request. */
import type { DocumentContent } from '../../core/document/content';
import type { FragmentKind, FragmentReply, FragmentRequest } from '../../core/parse/fragment';

export type DocumentCheckReply = { ok: true; content: DocumentContent } | { ok: false; error: string };
export type CheckMessage = { id: number } & (FragmentRequest | { content: DocumentContent });

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (reply: { ok: false; error: string } | object) => void>();

function start(): Worker {
  const created = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'schemawise-check' });
  created.onmessage = (event: MessageEvent<{ id: number }>) => {
    const { id, ...reply } = event.data;
    pending.get(id)?.(reply);
    pending.delete(id);
  };
  created.onerror = (event) => {
    for (const resolve of pending.values()) resolve({ ok: false, error: event.message || 'The SQL checker failed to start.' });
    pending.clear();
    worker = undefined;
  };
  return created;
}

function send<R>(request: FragmentRequest | { content: DocumentContent }): Promise<R> {
  worker ??= start();
  const id = nextId++;
  const active = worker;
  return new Promise((resolve) => {
    pending.set(id, resolve as (reply: object) => void);
    active.postMessage({ id, ...request } satisfies CheckMessage);
  });
}

/** Parses `text` as a `kind` with Postgres's grammar; resolves with its canonical form or the error. */
export function checkSql(kind: FragmentKind, text: string): Promise<FragmentReply> {
  return send({ kind, text });
}

/** The SQL a document carries, read by the parser (src/core/document/content.ts), in canonical form. */
export function checkDocumentSql(content: DocumentContent): Promise<DocumentCheckReply> {
  return send({ content });
}
