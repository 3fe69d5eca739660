/**
 * Names written longer than 63 bytes. Postgres's scanner truncates every identifier to 63 bytes
 * (with a NOTICE) before the grammar sees it, so the parse tree, and the model built from it,
 * only hold the truncation. The script's text still has the long name: each statement's long
 * identifiers are noted as they are read, and once the script is read every object whose name
 * is such a truncation gets `writtenName`, so identifier-max-length can report it.
 */
import { clipBytes } from '../model/auto-names';
import { identifierBytes, MAX_IDENTIFIER_BYTES } from '../model/names';
import type { Schema } from '../model/types';

/** Any word a UTF-8 identifier over 63 bytes needs (at most 3 bytes per UTF-16 unit): 22 units. */
const MAYBE_LONG = /[A-Za-z0-9_$\u0080-\uffff]{22}|"[^"]{22}/;
const IDENTIFIER = /"((?:[^"]|"")+)"|([A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*)/g;

/** Adds the statement's identifiers longer than 63 bytes to `into`, keyed by their truncation. */
export function noteLongIdentifiers(text: string, into: Map<string, string>): void {
  if (!MAYBE_LONG.test(text)) return;
  for (const match of text.matchAll(IDENTIFIER)) {
    const written = match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]!.toLowerCase();
    if (written.length < 22 || identifierBytes(written) <= MAX_IDENTIFIER_BYTES) continue;
    into.set(clipBytes(written, MAX_IDENTIFIER_BYTES), written);
  }
}

interface Named {
  name: string;
  writtenName?: string;
}

/** Sets `writtenName` on every named object whose name is the truncation of a long written one. */
export function applyWrittenNames(schema: Schema, long: ReadonlyMap<string, string>): void {
  if (long.size === 0) return;
  const visit = (object: Named | undefined) => {
    if (!object || object.writtenName !== undefined || identifierBytes(object.name) < MAX_IDENTIFIER_BYTES - 3) return;
    const written = long.get(object.name);
    if (written !== undefined) object.writtenName = written;
  };
  const visitAll = (objects: Iterable<Named>) => {
    for (const object of objects) visit(object);
  };
  visitAll(Object.values(schema.namespaces));
  for (const table of Object.values(schema.tables)) {
    visit(table);
    visitAll(table.columns);
    visit(table.primaryKey);
    for (const list of [table.uniqueConstraints, table.foreignKeys, table.checks, table.exclusions, table.indexes, table.triggers, table.policies]) visitAll(list);
  }
  for (const view of Object.values(schema.views)) {
    visit(view);
    visitAll(view.indexes);
    visitAll(view.triggers);
  }
  visitAll(Object.values(schema.types));
  visitAll(Object.values(schema.sequences));
  visitAll(Object.values(schema.routines));
}
