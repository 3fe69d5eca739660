/**
 * The document's life in the browser: restored from IndexedDB at start (first start: the
 * sample), then a share link in the URL opened on top, then every change autosaved (debounced,
 * and flushed when the page is hidden), so a reload or a crash loses nothing.
 */
import type { SchemawiseDocument } from '../../core/document';
import { commitToStore, useApp } from '../store';
import { commitDocument } from '../store-document';
import { loadDocument, saveDocument } from './persist';
import { hasSharedDocument, openSharedDocument } from './share';

export const AUTOSAVE_DELAY_MS = 400;

let started = false;

export function startDocumentSession(): void {
  if (started) return;
  started = true;
  void hydrate().then(startAutosave);
  window.addEventListener('hashchange', () => {
    if (hasSharedDocument()) openSharedDocument();
  });
}

async function hydrate(): Promise<void> {
  const app = useApp.getState();
  try {
    const loaded = await loadDocument();
    if (loaded.document) {
      const restored = commitDocument(useApp.getState(), loaded.document, 'reset', 'restore', Date.now());
      if (restored) commitToStore(restored);
    }
    if (loaded.problem) {
      app.notify('error', `Your saved document could not be restored (it was kept aside in the browser's storage): ${loaded.problem}`);
    }
  } catch (error) {
    useApp.setState({ saveState: 'unavailable', saveError: error instanceof Error ? error.message : String(error) });
  }
  useApp.setState({ hydrated: true });
  if (hasSharedDocument()) openSharedDocument();
}

function startAutosave(): void {
  if (useApp.getState().saveState === 'unavailable') return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: SchemawiseDocument | undefined;
  let writing: Promise<void> = Promise.resolve();

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const doc = waiting;
    if (!doc) return;
    waiting = undefined;
    writing = writing
      .then(() => saveDocument(doc))
      .then(
        () => {
          if (!waiting) useApp.setState({ saveState: 'saved', saveError: undefined });
        },
        (error: unknown) => useApp.setState({ saveState: 'error', saveError: error instanceof Error ? error.message : String(error) }),
      );
  };

  const schedule = (doc: SchemawiseDocument) => {
    waiting = doc;
    if (useApp.getState().saveState !== 'pending') useApp.setState({ saveState: 'pending' });
    clearTimeout(timer);
    timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
  };

  useApp.subscribe((state, previous) => {
    if (state.document !== previous.document) schedule(state.document);
  });
  // A document opened from a link (or restored and upgraded) is saved at once.
  schedule(useApp.getState().document);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}
