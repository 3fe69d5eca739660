/**
 * The app's document loader (src/core/document/load.ts, split across threads): the format's
 * schema here, on the main thread, and the SQL the document carries in the check worker, where
 * the parser is. Every document from outside goes through it: a share link, a project file, a
 * recent document, the one restored at start.
 */
import { DocumentError, upgradeDocument } from '../../core/document/upgrade';
import type { SchemawiseDocument } from '../../core/document/types';
import { checkDocumentSql } from '../design/check-client';

/** `doc` (already through the schema) with its SQL read by the parser; a DocumentError if not valid. */
export async function acceptDocument(doc: SchemawiseDocument): Promise<SchemawiseDocument> {
  // Nothing to parse: no need to start the parser.
  if (doc.edits.length === 0 && doc.patterns.length === 0) return doc;
  const reply = await checkDocumentSql({ edits: doc.edits, patterns: doc.patterns });
  if (!reply.ok) throw new DocumentError(reply.error);
  return { ...doc, edits: reply.content.edits, patterns: reply.content.patterns };
}

/** Both steps, from parsed JSON. */
export function readDocument(input: unknown): Promise<SchemawiseDocument> {
  try {
    return acceptDocument(upgradeDocument(input));
  } catch (error) {
    return Promise.reject(error);
  }
}
