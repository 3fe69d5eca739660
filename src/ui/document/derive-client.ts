/**
 * The UI's handle on the derivation worker. At most one derivation runs at a time; while it runs
 * only the newest request waits, so the latest document always wins and a burst of edits costs
 * one extra run, not one per keystroke.
 */
import type { DeriveInput, DeriveRequest, DeriveResponse, WorkerReply } from '../../worker/protocol';

export type DeriveListener = (reply: DeriveResponse | { type: 'failed'; message: string }, idle: boolean) => void;

export interface DeriveJob {
  document: DeriveInput;
  allowDestructive: boolean;
}

export class DeriveClient {
  private readonly worker: Worker;
  private nextId = 1;
  private running = false;
  private waiting: DeriveJob | undefined;

  constructor(private readonly listener: DeriveListener) {
    this.worker = new Worker(new URL('../../worker/import.worker.ts', import.meta.url), { type: 'module', name: 'schemawise-derive' });
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      this.running = false;
      this.waiting = undefined;
      this.listener({ type: 'failed', message: event.message || 'The worker failed to start.' }, true);
    };
  }

  request(job: DeriveJob): void {
    this.waiting = job;
    if (!this.running) this.sendWaiting();
  }

  dispose(): void {
    this.worker.terminate();
  }

  private sendWaiting(): void {
    if (!this.waiting) return;
    const message: DeriveRequest = { type: 'derive', id: this.nextId++, ...this.waiting };
    this.waiting = undefined;
    this.running = true;
    this.worker.postMessage(message);
  }

  private receive(reply: WorkerReply): void {
    this.running = false;
    if (reply.type === 'derived' || reply.type === 'failed') this.listener(reply, this.waiting === undefined);
    this.sendWaiting();
  }
}
