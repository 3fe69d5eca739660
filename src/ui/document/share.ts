/** Share links: the document in the URL fragment (src/core/document/share.ts for the format). */
// Module paths, not the barrel: the barrel also holds deriveDocument (the linter, the planner), which stays in the worker.
import { decodeShareFragment, encodeShareFragment, isShareFragment, ShareLinkError } from '../../core/document/share';
import { DocumentError } from '../../core/document/upgrade';
import { execute } from '../commands/execute';
import { useApp } from '../store';
import { acceptDocument } from './accept';

/** A link that opens the current document, or an error message (too large). */
export function createShareLink(): { url: string } | { error: string } {
  try {
    const fragment = encodeShareFragment(useApp.getState().document);
    return { url: `${location.origin}${location.pathname}#${fragment}` };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function hasSharedDocument(hash = location.hash): boolean {
  return isShareFragment(hash);
}

/**
 * Opens the document in `hash` (undoable: the previous document is one undo away, and stays in
 * the recent documents) and says so; a damaged link, or one whose SQL does not read, gets a clear
 * message and changes nothing. The fragment is then removed from the address bar, so a reload
 * restores the autosaved document instead of opening the link again.
 */
export async function openSharedDocument(hash = location.hash): Promise<void> {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  const app = useApp.getState();
  try {
    const document = await acceptDocument(decodeShareFragment(hash)).catch((error: unknown) => {
      throw error instanceof DocumentError ? new ShareLinkError(`Its document is not valid: ${error.message}`) : error;
    });
    const same = JSON.stringify(document) === JSON.stringify(useApp.getState().document);
    if (!same) execute('open-document', { document });
    app.notify('info', `Opened “${document.sourceName}” from a share link.${same ? '' : ' Your previous document is one undo away, and in Recent.'}`);
  } catch (error) {
    app.notify('error', `This share link could not be opened. ${error instanceof Error ? error.message : String(error)}`);
  }
}
