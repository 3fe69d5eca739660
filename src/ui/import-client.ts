/**
 * The UI's handle on the import worker. At most one import runs at a time; while it runs, only
 * the newest text waits, so a burst of edits costs one extra import, not one per keystroke.
 */
import type { ImportRequest, ImportResponse, WorkerReply } from '../worker/protocol';

/** `idle` is true when no other import is running or waiting. */
export type ImportListener = (reply: ImportResponse | { type: 'failed'; message: string }, idle: boolean) => void;

export class ImportClient {
  private readonly worker: Worker;
  private nextId = 1;
  private running = false;
  private waiting: string | undefined;

  constructor(private readonly listener: ImportListener) {
    this.worker = new Worker(new URL('../worker/import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'schemawise-import',
    });
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      this.running = false;
      this.waiting = undefined;
      this.listener({ type: 'failed', message: event.message || 'The import worker failed to start.' }, true);
    };
  }

  /** Imports `sql`; a newer call before this one starts replaces it. */
  request(sql: string): void {
    this.waiting = sql;
    if (!this.running) this.sendWaiting();
  }

  dispose(): void {
    this.worker.terminate();
  }

  private sendWaiting(): void {
    if (this.waiting === undefined) return;
    const message: ImportRequest = { type: 'import', id: this.nextId++, sql: this.waiting };
    this.waiting = undefined;
    this.running = true;
    this.worker.postMessage(message);
  }

  private receive(reply: WorkerReply): void {
    this.running = false;
    // A result that a newer text is about to replace is still shown: it is the freshest we have.
    if (reply.type !== 'derived') this.listener(reply, this.waiting === undefined);
    this.sendWaiting();
  }
}
