/**
 * The document loader: what comes from outside (a share link, a project file, the browser's
 * storage, a file given to the CLI) becomes a document here or is refused with a DocumentError.
 * Two steps, in this order: the format's schema (upgrade.ts, no parser needed: the app runs it on
 * the main thread) and the SQL the document carries, read by the parser (content.ts: the app runs
 * it in a worker). A document that passes both is safe to derive, render and save.
 */
import { importSql, initParser } from '../parse/import';
import { checkDocumentContent } from './content';
import type { SchemawiseDocument } from './types';
import { upgradeDocument } from './upgrade';

/** Both steps, with the parser ready (after `initParser()`). */
export function readDocument(input: unknown): SchemawiseDocument {
  const doc = upgradeDocument(input);
  const checked = checkDocumentContent({ edits: doc.edits, patterns: doc.patterns }, importSql);
  return { ...doc, edits: checked.edits, patterns: checked.patterns };
}

/** `readDocument`, loading the parser first. */
export async function loadDocument(input: unknown): Promise<SchemawiseDocument> {
  await initParser();
  return readDocument(input);
}
