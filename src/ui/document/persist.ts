/**
 * The document in IndexedDB: one record, written (debounced) after every change and read once
 * at start. A stored document that cannot be read any more is kept under another key, so an
 * upgrade bug never destroys the user's work.
 */
import type { SchemawiseDocument } from '../../core/document/types';
import { upgradeDocument } from '../../core/document/upgrade';

const DB_NAME = 'schemawise';
const DB_VERSION = 1;
const STORE = 'documents';
const CURRENT = 'current';
const UNREADABLE = 'unreadable';

interface StoredRecord {
  savedAt: string;
  document: unknown;
}

let opening: Promise<IDBDatabase> | undefined;

function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available in this browser.'));
      return;
    }
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab.'));
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return openDatabase().then(
    (db) =>
      new Promise<T | undefined>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request ? request.result : undefined);
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed.'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction was aborted.'));
      }),
  );
}

export async function saveDocument(doc: SchemawiseDocument): Promise<void> {
  const record: StoredRecord = { savedAt: new Date().toISOString(), document: doc };
  await run('readwrite', (store) => store.put(record, CURRENT));
}

export interface LoadedDocument {
  document?: SchemawiseDocument;
  /** Why the stored document could not be restored (it was kept aside). */
  problem?: string;
}

export async function loadDocument(): Promise<LoadedDocument> {
  const record = await run<StoredRecord | undefined>('readonly', (store) => store.get(CURRENT) as IDBRequest<StoredRecord | undefined>);
  if (!record) return {};
  try {
    return { document: upgradeDocument(record.document) };
  } catch (error) {
    await run('readwrite', (store) => store.put(record, UNREADABLE)).catch(() => undefined);
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}
