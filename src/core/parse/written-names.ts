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

/**
 * Whether some run of identifier characters, or some stretch after a double quote, may reach 64
 * bytes in UTF-8, counting each UTF-16 unit at the most it can take (1 byte below U+0080, 2 below
 * U+0800, else 3). Every double quote starts a stretch, whether it opens or closes a name (a
 * quote inside a string or a comment must not hide a long quoted name after it), and `""` is one
 * byte of the name. One pass over the text: most statements have no such run, and a regular
 * expression for it (22 units of a class at every position) cost lemmy's history 5% of its import.
 */
function mayHoldLongIdentifier(text: string): boolean {
  let word = 0;
  let quoted = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (code === 34 /* " */) {
      word = 0;
      if (quoted >= 0 && text.charCodeAt(i + 1) === 34) {
        quoted += 1;
        i++;
      } else quoted = 0;
    } else {
      if (quoted >= 0) quoted += bytes;
      const letter = code >= 0x80 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
      word = letter ? word + bytes : 0;
    }
    if (word > MAX_IDENTIFIER_BYTES || quoted > MAX_IDENTIFIER_BYTES) return true;
  }
  return false;
}

const IDENTIFIER = /"((?:[^"]|"")+)"|([A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*)/g;

/** Adds the statement's identifiers longer than 63 bytes to `into`, keyed by their truncation. */
export function noteLongIdentifiers(text: string, into: Map<string, string>): void {
  if (!mayHoldLongIdentifier(text)) return;
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
