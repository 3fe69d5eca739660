/**
 * The UI's side of the derivation protocol (src/ui/document/derive-client.ts) against a stand-in
 * worker: a derivation's findings come first (still busy) with the target rebuilt from its patch,
 * its target DDL follows in `printed` (then idle); requests say which target state the UI holds;
 * the newest waiting request wins.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createDocument } from '../../src/core/document';
import { emptySchema, type Schema } from '../../src/core/model';
import { DeriveClient } from '../../src/ui/document/derive-client';
import type { DerivedMessage, DeriveRequest, WorkerReply } from '../../src/worker/protocol';
import { TargetEncoder } from '../../src/worker/target-patch';

/** Records what the client posts; `reply` plays the worker's answer. */
class FakeWorker {
  static last: FakeWorker | undefined;
  posted: DeriveRequest[] = [];
  onmessage: ((event: { data: WorkerReply }) => void) | undefined;
  onerror: unknown;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: DeriveRequest): void {
    this.posted.push(message);
  }
  terminate(): void {}
  reply(data: WorkerReply): void {
    this.onmessage!({ data });
  }
}

const original = globalThis.Worker;
beforeEach(() => {
  (globalThis as { Worker: unknown }).Worker = FakeWorker;
});
afterEach(() => {
  (globalThis as { Worker: unknown }).Worker = original;
});

function schemaWith(tables: string[]): Schema {
  const schema = emptySchema();
  for (const name of tables) {
    schema.tables[`public.${name}`] = { schema: 'public', name, columns: [], indexes: [], foreignKeys: [], uniqueConstraints: [], checks: [], exclusions: [], triggers: [], policies: [], inherits: [] } as never;
  }
  return schema;
}

function derived(id: number, target: Schema, encoder: TargetEncoder, base: number | undefined): DerivedMessage {
  return {
    type: 'derived',
    id,
    targetPatch: encoder.encode(target, base),
    diagnostics: [],
    editProblems: [],
    patternResults: [],
    plan: { up: [], down: [], notes: [] },
    skipped: [],
    refused: [],
    upSql: '',
    downSql: '',
    editsSql: '',
    timings: { lint: 0, plan: 0, print: 0 },
    issues: [],
    stats: { statements: 0, syntaxErrors: 0, skippedBlocks: 0, byKind: {} },
    summary: {} as never,
    rules: {},
    elapsedMs: 0,
    deriveMs: 0,
    lintMs: 0,
    changeCount: 0,
  };
}

test('findings first, target DDL after; the target is patched and shared', () => {
  const seen: { ddl: string; idle: boolean; target: Schema }[] = [];
  const client = new DeriveClient((reply, idle) => {
    if (reply.type === 'derived') seen.push({ ddl: reply.targetDdl, idle, target: reply.target });
  });
  const worker = FakeWorker.last!;
  const encoder = new TargetEncoder();
  const job = { document: createDocument('CREATE TABLE a (id int)', 'x.sql'), allowDestructive: false };

  client.request(job);
  expect(worker.posted).toHaveLength(1);
  expect(worker.posted[0]!.targetBase).toBe(0);
  const first = schemaWith(['a', 'b']);
  worker.reply(derived(worker.posted[0]!.id, first, encoder, worker.posted[0]!.targetBase));
  expect(seen.at(-1)).toMatchObject({ ddl: '', idle: false });
  expect(seen.at(-1)!.target).toStrictEqual(first);
  // A request made while the derivation prints waits for it.
  client.request({ ...job, document: { ...job.document, sourceSql: 'CREATE TABLE a (id int); CREATE TABLE c (id int)' } });
  expect(worker.posted).toHaveLength(1);
  worker.reply({ type: 'printed', id: worker.posted[0]!.id, targetDdl: 'DDL 1', printMs: 0 });
  // Done, but not idle: the newer request is on its way.
  expect(seen.at(-1)).toMatchObject({ ddl: 'DDL 1', idle: false });
  expect(seen.at(-1)!.target).toBe(seen.at(-2)!.target);

  // The waiting request went out, saying which target the UI holds.
  expect(worker.posted).toHaveLength(2);
  expect(worker.posted[1]!.targetBase).toBe(1);
  const second = schemaWith(['a', 'b', 'c']);
  worker.reply(derived(worker.posted[1]!.id, second, encoder, worker.posted[1]!.targetBase));
  const shown = seen.at(-1)!;
  // Until the new DDL is printed, the previous one is shown (busy).
  expect(shown).toMatchObject({ ddl: 'DDL 1', idle: false });
  expect(shown.target).toStrictEqual(second);
  expect(shown.target.tables['public.a']).toBe(seen[0]!.target.tables['public.a']);
  worker.reply({ type: 'printed', id: worker.posted[1]!.id, targetDdl: 'DDL 2', printMs: 0 });
  expect(seen.at(-1)).toMatchObject({ ddl: 'DDL 2', idle: true });
  client.dispose();
});

test('a patch the UI cannot apply is a failure, and the next request asks for the whole target', () => {
  const failures: string[] = [];
  const client = new DeriveClient((reply) => {
    if (reply.type === 'failed') failures.push(reply.message);
  });
  const worker = FakeWorker.last!;
  const encoder = new TargetEncoder();
  encoder.encode(schemaWith(['a']), 0);
  const job = { document: createDocument('', 'x.sql'), allowDestructive: false };
  client.request(job);
  // Patched against state 1, which this UI never received.
  worker.reply(derived(worker.posted[0]!.id, schemaWith(['a', 'b']), encoder, 1));
  expect(failures).toHaveLength(1);
  worker.reply({ type: 'failed', id: worker.posted[0]!.id, message: 'print failed' });
  client.request(job);
  expect(worker.posted.at(-1)!.targetBase).toBe(0);
  client.dispose();
});
