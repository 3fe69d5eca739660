/**
 * The document slice (DESIGN.md §6): the document the user edits, persisted and versioned, with
 * undo/redo as a stack of documents. Only commands (src/ui/commands) change it, through
 * `commitDocument`; components read it and never write it.
 */
import { createDocument, type SchemawiseDocument } from '../core/document/types';
import sampleSql from './sample/saas.sql?raw';

export const SAMPLE_NAME = 'saas.sql (sample)';

export function sampleDocument(): SchemawiseDocument {
  return createDocument(sampleSql, SAMPLE_NAME);
}

/**
 * How a command's result enters the history:
 * - `record`: a new undo step;
 * - `merge`: joins the previous step when the same command ran within MERGE_WINDOW_MS (typing,
 *   dragging a table), else a new step;
 * - `amend`: replaces the present without a step (automatic placement of new canvas nodes);
 * - `undo` / `redo`: move along the history;
 * - `reset`: a fresh start (restored from storage), no history.
 */
export type HistoryMode = 'record' | 'merge' | 'amend' | 'undo' | 'redo' | 'reset';

export const HISTORY_LIMIT = 200;
export const MERGE_WINDOW_MS = 1200;

export interface DocumentHistory {
  /** Older documents, the most recent last. */
  past: SchemawiseDocument[];
  /** Undone documents, the next one first. */
  future: SchemawiseDocument[];
  /** The command that made the present and when: `merge` joins steps of the same command. */
  last?: { command: string; at: number };
}

/**
 * `conflict`: another tab saved this document meanwhile (nothing is written until the user
 * chooses); `paused`: a panel failed to render (nothing is written until it is reloaded).
 */
export type SaveState = 'idle' | 'pending' | 'saved' | 'error' | 'unavailable' | 'conflict' | 'paused';

export interface DocumentSlice {
  document: SchemawiseDocument;
  /**
   * Which document this is: changes when another document is loaded (a file, a project, the
   * sample, a new schema, a share link, the one restored at start; undoing or redoing one of
   * those), not when this one is edited. What belongs to a document in the UI (focus, filters,
   * the destructive switch, a verification) is reset when it changes (store.ts commitToStore).
   */
  documentKey: number;
  history: DocumentHistory;
  /**
   * Bumped when the source text changes other than by typing in the editor (a file opened,
   * undo, a share link): the editor then replaces its text.
   */
  sourceRevision: number;
  /** The saved document (or the share link) was read; until then nothing is derived or saved. */
  hydrated: boolean;
  saveState: SaveState;
  saveError?: string;
}

export interface Commit {
  document: SchemawiseDocument;
  history: DocumentHistory;
  sourceRevision: number;
  documentKey: number;
}

/**
 * The identity of every document that was the present one, so that undo and redo find it again:
 * the history holds these very objects. A document not seen here gets a new identity.
 */
const identities = new WeakMap<SchemawiseDocument, number>();
let lastIdentity = 0;

function identify(document: SchemawiseDocument, key: number): number {
  identities.set(document, key);
  return key;
}

function newIdentity(): number {
  return ++lastIdentity;
}

/**
 * The next document state after a command produced `next` (pure but for the identities above,
 * so it can be tested alone). For `undo` and `redo`, `next` is ignored: the history decides.
 * `opens`: `next` is another document (a file opened, the sample, the one restored at start),
 * not an edit or a newer version of this one.
 */
export function commitDocument(
  state: Pick<DocumentSlice, 'document' | 'history' | 'sourceRevision' | 'documentKey'>,
  next: SchemawiseDocument | undefined,
  mode: HistoryMode,
  command: string,
  now: number,
  opens = false,
): Commit | undefined {
  const { document: present, history } = state;
  let document: SchemawiseDocument;
  let nextHistory: DocumentHistory;
  switch (mode) {
    case 'undo': {
      const previous = history.past.at(-1);
      if (!previous) return undefined;
      document = previous;
      nextHistory = { past: history.past.slice(0, -1), future: [present, ...history.future] };
      break;
    }
    case 'redo': {
      const following = history.future[0];
      if (!following) return undefined;
      document = following;
      nextHistory = { past: [...history.past, present].slice(-HISTORY_LIMIT), future: history.future.slice(1) };
      break;
    }
    case 'reset':
      if (!next) return undefined;
      document = next;
      nextHistory = { past: [], future: [] };
      break;
    case 'amend':
      if (!next || next === present) return undefined;
      document = next;
      nextHistory = history;
      break;
    case 'merge':
    case 'record': {
      if (!next || next === present) return undefined;
      document = next;
      const joins = mode === 'merge' && history.last?.command === command && now - history.last.at <= MERGE_WINDOW_MS && history.future.length === 0;
      nextHistory = {
        past: joins ? history.past : [...history.past, present].slice(-HISTORY_LIMIT),
        future: [],
        last: { command, at: now },
      };
      break;
    }
  }
  const typed = command === 'edit-source';
  const sourceRevision = document.sourceSql !== present.sourceSql && !typed ? state.sourceRevision + 1 : state.sourceRevision;
  identities.set(present, state.documentKey);
  const documentKey =
    mode === 'undo' || mode === 'redo'
      ? (identities.get(document) ?? identify(document, newIdentity()))
      : identify(document, opens ? newIdentity() : state.documentKey);
  return { document, history: nextHistory, sourceRevision, documentKey };
}

export function initialDocumentSlice(): DocumentSlice {
  const document = sampleDocument();
  return {
    document,
    documentKey: identify(document, newIdentity()),
    history: { past: [], future: [] },
    sourceRevision: 0,
    hydrated: false,
    saveState: 'idle',
  };
}
