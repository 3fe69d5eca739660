/**
 * The UI's handle on the derivation worker. At most one derivation runs at a time; while it runs
 * only the newest request waits, so the latest document always wins and a burst of edits costs
 * one extra run, not one per keystroke.
 */
import type { QualifiedName } from '../../core/model';
import type { DeriveInput, DeriveRequest, DeriveResponse, DerivedMessage, PatternOptionsResponse, PrintedMessage, WorkerReply } from '../../worker/protocol';
import { TargetDecoder } from '../../worker/target-patch';

/** `job`: what the reply was derived from (absent when the worker itself failed). */
export type DeriveListener = (reply: DeriveResponse | { type: 'failed'; message: string }, idle: boolean, job?: DeriveJob) => void;

export interface DeriveJob {
  document: DeriveInput;
  allowDestructive: boolean;
}

export class DeriveClient {
  private readonly worker: Worker;
  private nextId = 1;
  private running = false;
  private waiting: DeriveJob | undefined;
  private sent: DeriveJob | undefined;
  private readonly optionRequests = new Map<number, (reply: PatternOptionsResponse) => void>();
  /** The target as patched from the worker's replies (unchanged objects keep their identity). */
  private readonly targets = new TargetDecoder();
  /** The running derivation's reply, while its target DDL is being printed. */
  private derived: DeriveResponse | undefined;
  /** The target DDL of the last finished derivation (shown until the next one is printed). */
  private lastTargetDdl = '';

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

  /**
   * The patterns that could be turned on for `target` (or the schema), on the schema of the
   * derivation the worker finished last (the worker answers in order, after a running derivation).
   */
  patternOptions(target?: QualifiedName): Promise<PatternOptionsResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.optionRequests.set(id, resolve);
      this.worker.postMessage({ type: 'pattern-options', id, ...(target ? { target } : {}) });
    });
  }

  dispose(): void {
    this.worker.terminate();
  }

  private sendWaiting(): void {
    if (!this.waiting) return;
    const message: DeriveRequest = { type: 'derive', id: this.nextId++, ...this.waiting, targetBase: this.targets.base };
    this.sent = this.waiting;
    this.waiting = undefined;
    this.running = true;
    this.worker.postMessage(message);
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'pattern-options') {
      this.optionRequests.get(reply.id)?.(reply);
      this.optionRequests.delete(reply.id);
      return;
    }
    if (reply.type === 'derived') {
      try {
        this.derived = this.toResponse(reply);
      } catch (error) {
        // A patch on a target the UI does not hold (cannot happen while replies come in order):
        // the next request asks for the whole target.
        this.targets.reset();
        this.derived = undefined;
        this.listener({ type: 'failed', message: error instanceof Error ? error.message : String(error) }, false, this.sent);
        return;
      }
      // The findings are shown now, still busy: the target DDL follows (the previous one meanwhile).
      this.listener(this.derived, false, this.sent);
      return;
    }
    this.running = false;
    if (reply.type === 'printed') {
      if (this.derived?.id === reply.id) {
        this.lastTargetDdl = reply.targetDdl;
        this.listener({ ...this.derived, targetDdl: reply.targetDdl }, this.waiting === undefined, this.sent);
      }
    } else if (reply.type === 'failed') {
      this.listener(reply, this.waiting === undefined, this.sent);
    }
    this.derived = undefined;
    this.sendWaiting();
  }

  private toResponse({ targetPatch, ...reply }: DerivedMessage): DeriveResponse {
    return { ...reply, target: this.targets.decode(targetPatch), targetDdl: this.lastTargetDdl };
  }
}
