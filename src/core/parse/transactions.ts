/**
 * Transaction blocks as Postgres runs them: `BEGIN ... ROLLBACK` (or `ABORT`) undoes every schema
 * change made since BEGIN, `ROLLBACK TO SAVEPOINT s` those since `SAVEPOINT s`, and the
 * search_path follows (a `SET` inside a rolled-back block is undone; `SET LOCAL` lasts until the
 * block ends). `COMMIT` / `END` keep everything and drop the `ON COMMIT DROP` temporary tables.
 *
 * Undoing means going back to a copy of the model taken when the block or savepoint began. A
 * copy costs a clone of the whole model, so one is only taken when the script contains a
 * ROLLBACK or ABORT at all (`needsSnapshots`, decided from the statements' first words before
 * the import starts): the usual migration, `BEGIN; ...; COMMIT;`, pays nothing.
 */
import type { Schema, SourceRange, View } from '../model/types';

/** What `ROLLBACK` needs to put back besides the model: views whose query text is still pending. */
export interface PendingViews<P> {
  entries(): IterableIterator<[View, P]>;
  clear(): void;
  set(view: View, pending: P): unknown;
}

interface Snapshot<P> {
  schema: Schema;
  /** Pending view query texts, by the view's key (the views themselves are cloned). */
  pending: [string, P][];
}

interface Frame<P> {
  kind: 'transaction' | 'savepoint';
  name?: string;
  source: SourceRange;
  snapshot?: Snapshot<P>;
  searchPath: string[];
  sessionSearchPath: string[];
}

/** A statement that starts with ROLLBACK, ABORT or PREPARE TRANSACTION (leading comments skipped). */
const UNDOES = /^(\s+|--[^\n]*\n|\/\*[\s\S]*?\*\/)*(rollback|abort|prepare\s+transaction)\b/i;

export function scriptUndoes(statements: { text: string }[]): boolean {
  return statements.some((s) => UNDOES.test(s.text));
}

export class Transactions<P> {
  private readonly frames: Frame<P>[] = [];
  /** The search_path outside any `SET LOCAL`: what it goes back to when the block ends. */
  sessionSearchPath: string[];
  /** Temporary tables (keys) created `ON COMMIT DROP` in the open transaction. */
  readonly dropOnCommit = new Set<string>();
  /** The transaction's first error was noted (once per transaction). */
  errorNoted = false;

  constructor(
    private readonly model: {
      schema: Schema;
      searchPath: string[];
      pendingViewQueries: PendingViews<P>;
      keyOf(view: View): string;
      modelReplaced(): void;
    },
    /** Take copies to undo to (only when the script contains a ROLLBACK). */
    readonly needsSnapshots: boolean,
  ) {
    this.sessionSearchPath = model.searchPath;
  }

  get active(): boolean {
    return this.frames.length > 0;
  }

  /** Where the open transaction began. */
  get begunAt(): SourceRange | undefined {
    return this.frames[0]?.source;
  }

  begin(source: SourceRange): void {
    this.errorNoted = false;
    this.frames.push(this.frame('transaction', source));
  }

  savepoint(name: string, source: SourceRange): void {
    this.frames.push(this.frame('savepoint', source, name));
  }

  /** COMMIT / END: keeps the changes. Returns the ON COMMIT DROP tables to drop now. */
  commit(): string[] {
    this.frames.length = 0;
    this.model.searchPath = this.sessionSearchPath;
    const dropped = [...this.dropOnCommit];
    this.dropOnCommit.clear();
    return dropped;
  }

  /** ROLLBACK / ABORT. False when there was no copy to go back to. */
  rollback(): boolean {
    const first = this.frames[0];
    this.frames.length = 0;
    this.dropOnCommit.clear();
    if (!first) return true;
    this.model.searchPath = first.searchPath;
    this.sessionSearchPath = first.sessionSearchPath;
    return this.restore(first);
  }

  /** ROLLBACK TO SAVEPOINT: undefined when there is no such savepoint; the savepoint stays. */
  rollbackTo(name: string): boolean | undefined {
    const at = this.find(name);
    if (at === -1) return undefined;
    const frame = this.frames[at]!;
    this.frames.length = at + 1;
    this.model.searchPath = frame.searchPath;
    this.sessionSearchPath = frame.sessionSearchPath;
    return this.restore(frame);
  }

  /** RELEASE SAVEPOINT: forgets it and those after it; false when there is no such savepoint. */
  release(name: string): boolean {
    const at = this.find(name);
    if (at === -1) return false;
    this.frames.length = at;
    return true;
  }

  /** `SET search_path`: a plain SET sets the session's value too, SET LOCAL only until the block ends. */
  setSearchPath(path: string[], local: boolean): void {
    this.model.searchPath = path;
    if (!local) this.sessionSearchPath = path;
  }

  private find(name: string): number {
    for (let i = this.frames.length - 1; i >= 1; i--) if (this.frames[i]!.name === name) return i;
    return -1;
  }

  private frame(kind: Frame<P>['kind'], source: SourceRange, name?: string): Frame<P> {
    const frame: Frame<P> = { kind, source, searchPath: this.model.searchPath, sessionSearchPath: this.sessionSearchPath };
    if (name !== undefined) frame.name = name;
    if (this.needsSnapshots) frame.snapshot = this.copy();
    return frame;
  }

  private copy(): Snapshot<P> {
    const pending: [string, P][] = [];
    for (const [view, entry] of this.model.pendingViewQueries.entries()) pending.push([this.model.keyOf(view), entry]);
    return { schema: structuredClone(this.model.schema), pending };
  }

  private restore(frame: Frame<P>): boolean {
    if (!frame.snapshot) return false;
    // The model object is shared (the name lookups hold it): its parts are replaced in place, by
    // a fresh copy, so that the savepoint can be rolled back to again.
    const copy = structuredClone(frame.snapshot.schema);
    const schema = this.model.schema as unknown as Record<string, unknown>;
    for (const key of Object.keys(schema)) delete schema[key];
    Object.assign(schema, copy);
    const pending = new Map(frame.snapshot.pending);
    this.model.pendingViewQueries.clear();
    for (const view of Object.values(this.model.schema.views)) {
      const entry = pending.get(this.model.keyOf(view));
      if (entry !== undefined) this.model.pendingViewQueries.set(view, entry);
    }
    this.model.modelReplaced();
    return true;
  }
}
