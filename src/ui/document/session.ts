/**
 * The document's life in the browser:
 * - at start, the document this tab had (a reload), else the last saved one, is restored from
 *   IndexedDB through the document loader; one that cannot be read is reported and the next
 *   recent one is tried; then a share link in the URL is opened on top;
 * - every change is autosaved (debounced) in the document's slot (persist.ts); a document opened
 *   from elsewhere gets a slot of its own, so the one before stays in the recent documents;
 * - when the page is hidden or goes away (a reload, a closed tab), the pending change is written
 *   at once, in a transaction started before the page is gone;
 * - tabs hear of each other's writes (BroadcastChannel) and every write checks the slot's
 *   revision: a tab with no changes of its own follows the other tab's version; a tab with
 *   changes never overwrites the newer work, it asks (ConflictBar: theirs, or keep both);
 * - nothing is saved while a panel has failed to render (PanelBoundary), so a document that
 *   breaks the app does not replace the last one that worked.
 */
import type { SchemawiseDocument } from '../../core/document/types';
import { commitToStore, useApp } from '../store';
import { commitDocument, type HistoryMode } from '../store-document';
import { readDocument } from './accept';
import { listRecent, newSlotId, openStorage, readSlot, writeSlot, writeSlotNow, type RecentEntry } from './persist';
import { onDocumentOpened, useSession } from './session-store';
import { hasSharedDocument, openSharedDocument } from './share';

export const AUTOSAVE_DELAY_MS = 400;
/** The slot of this tab, kept across reloads (sessionStorage is per tab). */
const SLOT_KEY = 'schemawise.slot';
const CHANNEL = 'schemawise-documents';

interface SavedMessage {
  type: 'saved';
  slot: string;
  revision: number;
}

interface Job {
  slot: string;
  doc: SchemawiseDocument;
}

let started = false;
/** The revision of each slot as this tab last read or wrote it. */
const revisions = new Map<string, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** The change waiting for the debounce (or for a conflict or a broken panel to clear). */
let waiting: Job | undefined;
/** The change being written (async): written again at page hide if that write cannot finish. */
let inFlight: Job | undefined;
let writing: Promise<void> = Promise.resolve();
/** A document read from storage is being put in the store: not a change to save. */
let restoring = false;
let channel: BroadcastChannel | undefined;
const hideHooks = new Set<() => void>();

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function currentSlot(): string | undefined {
  return useSession.getState().slot;
}

function setSlot(slot: string): void {
  useSession.setState({ slot });
  try {
    sessionStorage.setItem(SLOT_KEY, slot);
  } catch {
    // No session storage (a sandboxed frame): a reload then opens the last saved document.
  }
}

function rememberedSlot(): string | null {
  try {
    return sessionStorage.getItem(SLOT_KEY);
  } catch {
    return null;
  }
}

async function refreshRecent(): Promise<void> {
  try {
    useSession.setState({ recent: await listRecent() });
  } catch {
    // The list stays as it was; the next write refreshes it.
  }
}

/**
 * Puts a document read from storage in the store, without saving it again. `opens`: it is
 * another document than the one shown (not a newer version of it from another tab), so the UI
 * state of the one shown (focus, filters, the destructive switch) does not carry over.
 */
function restore(slot: string, doc: SchemawiseDocument, revision: number, opens: boolean, mode: HistoryMode = 'reset'): void {
  restoring = true;
  try {
    const commit = commitDocument(useApp.getState(), doc, mode, 'restore', Date.now(), opens);
    if (commit) commitToStore(commit);
  } finally {
    restoring = false;
  }
  setSlot(slot);
  revisions.set(slot, revision);
}

/** Runs `hook` when the page is about to be hidden, before the pending change is written (an editor's unsent keystrokes). */
export function beforePageHide(hook: () => void): () => void {
  hideHooks.add(hook);
  return () => hideHooks.delete(hook);
}

export function startDocumentSession(): void {
  if (started) return;
  started = true;
  // A share link is opened once autosave listens: it is a document of its own, saved at once.
  void hydrate()
    .then(startAutosave)
    .then(() => (hasSharedDocument() ? openSharedDocument() : undefined));
  window.addEventListener('hashchange', () => {
    if (hasSharedDocument()) void openSharedDocument();
  });
}

async function hydrate(): Promise<void> {
  const app = useApp.getState();
  try {
    await openStorage();
    const recent = await listRecent();
    useSession.setState({ recent });
    const remembered = rememberedSlot();
    const order = [...recent.filter((e) => e.slot === remembered), ...recent.filter((e) => e.slot !== remembered)];
    const problems: string[] = [];
    for (const entry of order) {
      const record = await readSlot(entry.slot);
      if (!record) continue;
      try {
        restore(entry.slot, await readDocument(record.document), record.revision ?? 0, true);
        break;
      } catch (error) {
        problems.push(`“${entry.name}” (saved ${new Date(entry.savedAt).toLocaleString()}): ${message(error)}`);
      }
    }
    if (!currentSlot()) setSlot(newSlotId());
    if (problems.length > 0) {
      app.notify('error', `A saved document could not be restored; it is kept in this browser (Recent lists it). ${problems.join(' ')}`);
    }
  } catch (error) {
    useApp.setState({ saveState: 'unavailable', saveError: message(error) });
  }
  useApp.setState({ hydrated: true });
}

function blocked(job: Job): boolean {
  const session = useSession.getState();
  return session.brokenPanels.length > 0 || session.conflict?.slot === job.slot;
}

function announce(slot: string, revision: number): void {
  channel?.postMessage({ type: 'saved', slot, revision } satisfies SavedMessage);
}

async function write(job: Job): Promise<void> {
  inFlight = job;
  try {
    const result = await writeSlot(job.slot, job.doc, revisions.get(job.slot) ?? 0);
    if (result.ok) {
      revisions.set(job.slot, result.revision);
      announce(job.slot, result.revision);
      if (!waiting) useApp.setState({ saveState: 'saved', saveError: undefined });
      void refreshRecent();
    } else if (job.slot === currentSlot()) {
      // Another tab saved this document since this tab read it: its work is not overwritten.
      waiting ??= job;
      useSession.setState({ conflict: { slot: job.slot, theirs: result.conflict } });
      useApp.setState({ saveState: 'conflict' });
    } else {
      // This tab has moved on to another document: its version is kept as a document of its own.
      const copy = asCopy(job);
      writing = writing.then(() => write(copy));
    }
  } catch (error) {
    useApp.setState({ saveState: 'error', saveError: message(error) });
  } finally {
    inFlight = undefined;
  }
}

function copyName(name: string): string {
  return `${name.replace(/ \(copy\)$/, '')} (copy)`;
}

/** The job's document in a new slot, named as a copy. */
function asCopy(job: Job): Job {
  const slot = newSlotId();
  revisions.set(slot, 0);
  return { slot, doc: { ...job.doc, sourceName: copyName(job.doc.sourceName) } };
}

/** Writes the waiting change (async, revision-checked), unless saving is held. */
function flush(): void {
  clearTimeout(timer);
  timer = undefined;
  const job = waiting;
  if (!job) return;
  if (blocked(job)) {
    useApp.setState({ saveState: useSession.getState().conflict ? 'conflict' : 'paused' });
    return;
  }
  waiting = undefined;
  writing = writing.then(() => write(job));
}

/** The page is going: the latest change is written in a transaction started now. */
function flushNow(): void {
  for (const hook of hideHooks) hook();
  clearTimeout(timer);
  let job = waiting ?? inFlight;
  if (!job || useSession.getState().brokenPanels.length > 0) return;
  // In conflict with another tab: this tab's version is kept as a copy rather than lost.
  if (useSession.getState().conflict?.slot === job.slot) job = asCopy(job);
  const revision = writeSlotNow(job.slot, job.doc, revisions.get(job.slot) ?? 0);
  if (revision === undefined) {
    flush();
    return;
  }
  waiting = undefined;
  revisions.set(job.slot, revision);
  announce(job.slot, revision);
}

function schedule(doc: SchemawiseDocument): void {
  const slot = currentSlot();
  if (!slot) return;
  waiting = { slot, doc };
  if (useApp.getState().saveState !== 'pending') useApp.setState({ saveState: 'pending' });
  clearTimeout(timer);
  timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
}

/** Another tab saved a document: follow it when it is this one and this tab has nothing unsaved. */
async function heard(saved: SavedMessage): Promise<void> {
  void refreshRecent();
  if (saved.slot !== currentSlot() || saved.revision <= (revisions.get(saved.slot) ?? 0)) return;
  if (waiting || inFlight) {
    if (waiting && !inFlight) {
      const theirs = (await listRecent()).find((e) => e.slot === saved.slot);
      if (theirs && theirs.revision > (revisions.get(saved.slot) ?? 0) && waiting) {
        useSession.setState({ conflict: { slot: saved.slot, theirs } });
        useApp.setState({ saveState: 'conflict' });
      }
    }
    return;
  }
  const record = await readSlot(saved.slot);
  if (!record || (record.revision ?? 0) <= (revisions.get(saved.slot) ?? 0) || waiting || saved.slot !== currentSlot()) return;
  try {
    restore(saved.slot, await readDocument(record.document), record.revision ?? 0, false);
    useApp.setState({ saveState: 'saved' });
  } catch (error) {
    useApp.getState().notify('error', `Another tab saved this document in a form this tab cannot read: ${message(error)}`);
  }
}

function startAutosave(): void {
  if (useApp.getState().saveState === 'unavailable') return;
  useApp.subscribe((state, previous) => {
    if (state.document !== previous.document && !restoring) schedule(state.document);
  });
  // A document opened from elsewhere: the one before is written to its own slot first.
  onDocumentOpened(() => {
    if (waiting) flush();
    const slot = newSlotId();
    setSlot(slot);
    revisions.set(slot, 0);
    useSession.setState({ conflict: undefined });
  });
  // A panel that recovered (or a conflict resolved) lets the waiting change through.
  useSession.subscribe((state, previous) => {
    if (waiting && (state.brokenPanels.length < previous.brokenPanels.length || (previous.conflict && !state.conflict))) flush();
  });
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<SavedMessage>) => {
      if (event.data?.type === 'saved') void heard(event.data);
    };
  }
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
}

/** Opens a document of the recent list in this tab (the one open now stays in its own slot). */
export async function openRecent(entry: RecentEntry): Promise<void> {
  const app = useApp.getState();
  if (entry.slot === currentSlot()) return;
  if (useSession.getState().conflict) {
    app.notify('error', 'This document was also changed in another tab: choose which version to keep first.');
    return;
  }
  try {
    const record = await readSlot(entry.slot);
    if (!record) throw new Error('it is no longer in this browser’s storage');
    const doc = await readDocument(record.document);
    if (waiting) flush();
    restore(entry.slot, doc, record.revision ?? 0, true);
    useSession.setState({ conflict: undefined });
    app.notify('info', `Opened “${entry.name}” from the recent documents.`);
  } catch (error) {
    app.notify('error', `“${entry.name}” could not be opened: ${message(error)}`);
  }
}

/** Conflict: this tab takes the other tab's version (its own stays one undo away). */
export async function takeTheirs(): Promise<void> {
  const conflict = useSession.getState().conflict;
  if (!conflict) return;
  try {
    const record = await readSlot(conflict.slot);
    if (!record) throw new Error('it is no longer in this browser’s storage');
    const doc = await readDocument(record.document);
    waiting = undefined;
    restore(conflict.slot, doc, record.revision ?? 0, false, 'record');
    useSession.setState({ conflict: undefined });
    useApp.setState({ saveState: 'saved' });
    useApp.getState().notify('info', 'Opened the version saved in the other tab. Yours is one undo away.');
  } catch (error) {
    useApp.getState().notify('error', `The other tab's version could not be opened: ${message(error)}`);
  }
}

/** Conflict: this tab's document is saved as a document of its own (“… (copy)”); the other tab's stays. */
export function keepBoth(): void {
  const conflict = useSession.getState().conflict;
  if (!conflict) return;
  waiting = undefined;
  const slot = newSlotId();
  setSlot(slot);
  revisions.set(slot, 0);
  const present = useApp.getState();
  const renamed = { ...present.document, sourceName: copyName(present.document.sourceName) };
  // The rename is a change like any other: it schedules the save in the new slot.
  const commit = commitDocument(present, renamed, 'amend', 'keep-both', Date.now());
  if (commit) commitToStore(commit);
  useSession.setState({ conflict: undefined });
  useApp.getState().notify('info', `Both are kept: this tab's version is saved as “${renamed.sourceName}”; the other tab's is in Recent.`);
}
