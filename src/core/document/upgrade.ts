/**
 * Reading a document from outside (IndexedDB, a project file, a share link): validated against
 * the format's schema (schema.ts), older formats upgraded to the current one. Errors say what is
 * wrong and where (`edits[3].kind (edit 4: ...): ...`), so a damaged file is not half-loaded.
 * The SQL the document carries is read by the parser afterwards (content.ts; load.ts does both).
 *
 * Format history:
 * - version 0 (no `version` field): an early draft kept only the text and the node positions,
 *   as `{ sql | sourceSql, name?, positions? }`.
 * - version 1: `{ version: 1, sourceName, sourceSql, edits, patterns, layout, ruleConfig?, pgVersion?, importOptions? }`.
 * - version 2: adds the canvas's `pinned` node ids, `groups` (named, coloured areas around
 *   tables) and sticky `notes`; a version 1 document has none of them.
 */
import { documentErrorOf, DocumentError, describeValue } from './problems';
import { documentSchema, version0Schema } from './schema';
import { DOCUMENT_VERSION, type SchemawiseDocument } from './types';

export { DocumentError };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromVersion0(input: Record<string, unknown>): SchemawiseDocument {
  const parsed = version0Schema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw documentErrorOf(parsed.error.issues, input);
  const old = parsed.data;
  const sql = old.sourceSql ?? old.sql;
  if (sql === undefined) throw new DocumentError('sourceSql: expected the SQL text (this does not look like a Schemawise document)');
  const name = old.sourceName ?? old.name;
  return { version: DOCUMENT_VERSION, sourceName: name || 'untitled.sql', sourceSql: sql, edits: [], patterns: [], layout: old.positions ?? old.layout ?? {}, pinned: [], groups: [], notes: [] };
}

/** Versions 1 and 2 (version 1 has no pinned nodes, groups or notes: they read as none). */
function fromVersion1(input: Record<string, unknown>): SchemawiseDocument {
  const parsed = documentSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw documentErrorOf(parsed.error.issues, input);
  const { ruleConfig, pgVersion, importOptions, ...doc } = parsed.data;
  return {
    ...doc,
    ...(ruleConfig ? { ruleConfig } : {}),
    ...(pgVersion !== undefined ? { pgVersion } : {}),
    ...(importOptions?.strictSchemas ? { importOptions: { strictSchemas: true } } : {}),
  };
}

/**
 * A valid current-version document from `input` (parsed JSON), or a DocumentError saying what
 * is wrong. Never returns `input` itself: the result is a fresh object.
 */
export function upgradeDocument(input: unknown): SchemawiseDocument {
  if (!isObject(input)) throw new DocumentError(`Not a Schemawise document: expected a JSON object, found ${describeValue(input)}`);
  const version = input.version;
  if (version === undefined) return fromVersion0(input);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new DocumentError(`version: expected a format version number, found ${describeValue(version)}`);
  if (version > DOCUMENT_VERSION) {
    throw new DocumentError(`This document was made by a newer Schemawise (format version ${version}; this app reads versions up to ${DOCUMENT_VERSION}). Update the app to open it.`);
  }
  return fromVersion1(input);
}

/** `upgradeDocument` over JSON text, with a clear error when the text is not JSON. */
export function parseDocumentJson(text: string): SchemawiseDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DocumentError(`Not a Schemawise document: the file is not valid JSON (${(error as Error).message})`);
  }
  return upgradeDocument(value);
}

/** The document as a project file (`.schemawise.json`): stable key order, readable. */
export function serializeDocument(doc: SchemawiseDocument): string {
  const ordered: SchemawiseDocument = {
    version: doc.version,
    sourceName: doc.sourceName,
    sourceSql: doc.sourceSql,
    edits: doc.edits,
    patterns: doc.patterns,
    layout: doc.layout,
    pinned: doc.pinned,
    groups: doc.groups,
    notes: doc.notes,
  };
  if (doc.ruleConfig) ordered.ruleConfig = doc.ruleConfig;
  if (doc.pgVersion !== undefined) ordered.pgVersion = doc.pgVersion;
  if (doc.importOptions?.strictSchemas) ordered.importOptions = { strictSchemas: true };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
