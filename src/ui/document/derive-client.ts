/**
 * The UI's handle on the derivation worker. At most one derivation runs at a time; while it runs
 * only the newest request waits, so the latest document always wins and a burst of edits costs
 * one extra run, not one per keystroke.
 */
import type { QualifiedName } from '../../core/model';
import type { DeriveInput, DeriveProgress, DeriveRequest, DeriveResponse, DerivedMessage, PatternOptionsResponse, WorkerReply } from '../../worker/protocol';
import { patchSize, TargetDecoder } from '../../worker/target-patch';

/** Targets that set more entries than this are decoded in slices (a few milliseconds' worth are not). */
const SLICED_PATCH_ENTRIES = 300;

type QueuedReply = Exclude<WorkerReply, { type: 'pattern-options' | 'progress' }>;

/** `job`: what the reply was derived from (absent when the worker itself failed). */
export type DeriveListener = (reply: DeriveResponse | { type: 'failed'; message: string }, idle: boolean, job?: DeriveJob) => void;

export interface DeriveJob {
  document: DeriveInput;
  allowDestructive: boolean;
  documentKey?: number;
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

  /** Replies waiting to be handled, in order (one is decoded in slices: the others wait for it). */
  private readonly backlog: QueuedReply[] = [];
  private draining = false;

  /** `onProgress`: how far the running derivation is (the worker reports it as it goes). */
  constructor(
    private readonly listener: DeriveListener,
    private readonly onProgress?: (progress: DeriveProgress, job: DeriveJob | undefined) => void,
  ) {
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
    if (reply.type === 'progress') {
      this.onProgress?.(reply, this.sent);
      return;
    }
    this.backlog.push(reply);
    if (!this.draining) void this.drain();
  }

  /**
   * Handles the replies in order. A small one is handled at once (synchronously); the target of a
   * big derivation (a whole new schema of thousands of tables) is decoded in slices, so reading it
   * never holds the main thread for long, and the replies after it wait their turn.
   */
  private async drain(): Promise<void> {
    this.draining = true;
    try {
      for (let reply = this.backlog.shift(); reply; reply = this.backlog.shift()) {
        if (reply.type === 'derived' && patchSize(reply.targetPatch) > SLICED_PATCH_ENTRIES) {
          let target;
          try {
            target = await this.targets.decodeInSlices(reply.targetPatch);
          } catch (error) {
            this.decodeFailed(error);
            continue;
          }
          this.derivedReply(reply, target);
        } else {
          this.handle(reply);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private derivedReply({ targetPatch: _patch, ...reply }: DerivedMessage, target: DeriveResponse['target']): void {
    this.derived = { ...reply, target, targetDdl: this.lastTargetDdl };
    // The findings are shown now, still busy: the target DDL follows (the previous one meanwhile).
    this.listener(this.derived, false, this.sent);
  }

  private decodeFailed(error: unknown): void {
    // A patch on a target the UI does not hold (cannot happen while replies come in order):
    // the next request asks for the whole target.
    this.targets.reset();
    this.derived = undefined;
    this.listener({ type: 'failed', message: error instanceof Error ? error.message : String(error) }, false, this.sent);
  }

  private handle(reply: QueuedReply): void {
    if (reply.type === 'derived') {
      let target;
      try {
        target = this.targets.decode(reply.targetPatch);
      } catch (error) {
        this.decodeFailed(error);
        return;
      }
      this.derivedReply(reply, target);
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

}
