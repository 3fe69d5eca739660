/**
 * The documents in IndexedDB. Each document opened (a file, a link, a project, the sample, a new
 * one) is saved in a slot of its own, so opening another never overwrites the last: the recent
 * documents (the RECENT_LIMIT last saved) are listed in the Open menu. A slot's record carries a
 * revision: a write states the revision it replaces and is refused when another tab has written
 * since (session.ts then asks the user), so two tabs never silently overwrite each other.
 *
 * Stores: `documents` (slot id -> the record, with the document) and `recent` (slot id -> what
 * the Open menu shows, without the document, so that listing does not read every document).
 * A stored document is read through the document loader (load.ts): one that cannot be read is
 * kept where it is and reported, never deleted.
 */
import type { SchemawiseDocument } from '../../core/document/types';

const DB_NAME = 'schemawise';
const DB_VERSION = 2;
const DOCUMENTS = 'documents';
const RECENT = 'recent';
/** The one slot of format 1 of this database; it is listed like any other. */
const LEGACY_SLOT = 'current';
/** How many documents are kept. */
export const RECENT_LIMIT = 8;

export interface StoredRecord {
  savedAt: string;
  /** Raw: read it through the document loader. */
  document: unknown;
  /** Bumped by each write; absent in records of format 1 (revision 0). */
  revision?: number;
}

export interface RecentEntry {
  slot: string;
  name: string;
  savedAt: string;
  revision: number;
  /** Size of the source, for the menu ("12 KB"). */
  bytes: number;
}

let opening: Promise<IDBDatabase> | undefined;
/** The database once open: the write at page hide must start synchronously. */
let opened: IDBDatabase | undefined;

function entryOf(slot: string, record: StoredRecord): RecentEntry {
  const doc = record.document as Partial<SchemawiseDocument> | undefined;
  return {
    slot,
    name: typeof doc?.sourceName === 'string' ? doc.sourceName : 'untitled.sql',
    savedAt: record.savedAt,
    revision: record.revision ?? 0,
    bytes: typeof doc?.sourceSql === 'string' ? doc.sourceSql.length : 0,
  };
}

/** Format 1 kept one document under `current`: it becomes a slot with its entry in `recent`. */
function upgrade(db: IDBDatabase, transaction: IDBTransaction, oldVersion: number): void {
  if (!db.objectStoreNames.contains(DOCUMENTS)) db.createObjectStore(DOCUMENTS);
  if (!db.objectStoreNames.contains(RECENT)) db.createObjectStore(RECENT);
  if (oldVersion === 1) {
    const request = transaction.objectStore(DOCUMENTS).get(LEGACY_SLOT);
    request.onsuccess = () => {
      const record = request.result as StoredRecord | undefined;
      if (record) transaction.objectStore(RECENT).put(entryOf(LEGACY_SLOT, record), LEGACY_SLOT);
    };
  }
}

function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available in this browser.'));
      return;
    }
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = (event) => upgrade(request.result, request.transaction!, event.oldVersion);
    request.onsuccess = () => {
      const db = request.result;
      // A newer tab upgrading the database: let it (this tab's next write reopens).
      db.onversionchange = () => {
        db.close();
        opening = undefined;
        opened = undefined;
      };
      opened = db;
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab of an older version of the app; close it and reload.'));
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed.'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction was aborted.'));
  });
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed.'));
  });
}

/** Opens the database now (at start), so that a write at page hide needs no waiting. */
export async function openStorage(): Promise<void> {
  await openDatabase();
}

/** The recent documents, the last saved first. */
export async function listRecent(): Promise<RecentEntry[]> {
  const db = await openDatabase();
  const entries = await result(db.transaction(RECENT, 'readonly').objectStore(RECENT).getAll() as IDBRequest<RecentEntry[]>);
  return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function readSlot(slot: string): Promise<StoredRecord | undefined> {
  const db = await openDatabase();
  return result(db.transaction(DOCUMENTS, 'readonly').objectStore(DOCUMENTS).get(slot) as IDBRequest<StoredRecord | undefined>);
}

export type WriteResult = { ok: true; revision: number; savedAt: string } | { ok: false; conflict: RecentEntry };

/** Drops the oldest slots beyond RECENT_LIMIT (never `keep`). */
function prune(transaction: IDBTransaction, keep: string): void {
  const recent = transaction.objectStore(RECENT);
  const all = recent.getAll() as IDBRequest<RecentEntry[]>;
  all.onsuccess = () => {
    const old = all.result.filter((e) => e.slot !== keep).sort((a, b) => b.savedAt.localeCompare(a.savedAt)).slice(RECENT_LIMIT - 1);
    for (const entry of old) {
      recent.delete(entry.slot);
      transaction.objectStore(DOCUMENTS).delete(entry.slot);
    }
  };
}

/**
 * Saves `doc` in `slot` if the slot is still at `revision` (0: new or never saved), in one
 * transaction (tabs are serialized by IndexedDB). Otherwise nothing is written and the newer
 * entry is returned.
 */
export async function writeSlot(slot: string, doc: SchemawiseDocument, revision: number): Promise<WriteResult> {
  const db = await openDatabase();
  const transaction = db.transaction([DOCUMENTS, RECENT], 'readwrite');
  const documents = transaction.objectStore(DOCUMENTS);
  let outcome: WriteResult | undefined;
  const current = documents.get(slot) as IDBRequest<StoredRecord | undefined>;
  current.onsuccess = () => {
    const stored = current.result;
    if (stored && (stored.revision ?? 0) !== revision) {
      outcome = { ok: false, conflict: entryOf(slot, stored) };
      return;
    }
    const record: StoredRecord = { savedAt: new Date().toISOString(), document: doc, revision: revision + 1 };
    documents.put(record, slot);
    transaction.objectStore(RECENT).put(entryOf(slot, record), slot);
    prune(transaction, slot);
    outcome = { ok: true, revision: record.revision!, savedAt: record.savedAt };
  };
  await done(transaction);
  return outcome!;
}

/**
 * The write at page hide (a reload, a closed tab): started synchronously on the open database,
 * so the browser commits it even as the page goes. No revision check (that needs a round trip);
 * the caller writes only when it knows of no newer revision (session.ts hears of every write
 * from the other tabs). Returns the revision written, or undefined when it could not start.
 */
export function writeSlotNow(slot: string, doc: SchemawiseDocument, revision: number): number | undefined {
  if (!opened) return undefined;
  try {
    const transaction = opened.transaction([DOCUMENTS, RECENT], 'readwrite', { durability: 'strict' });
    const record: StoredRecord = { savedAt: new Date().toISOString(), document: doc, revision: revision + 1 };
    transaction.objectStore(DOCUMENTS).put(record, slot);
    transaction.objectStore(RECENT).put(entryOf(slot, record), slot);
    transaction.commit();
    return record.revision;
  } catch {
    return undefined;
  }
}

/** Removes a document from the recent list and the database. */
export async function forgetSlot(slot: string): Promise<void> {
  const db = await openDatabase();
  const transaction = db.transaction([DOCUMENTS, RECENT], 'readwrite');
  transaction.objectStore(DOCUMENTS).delete(slot);
  transaction.objectStore(RECENT).delete(slot);
  await done(transaction);
}

export function newSlotId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
