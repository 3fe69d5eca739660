/**
 * The schema as a Mermaid `erDiagram` (https://mermaid.js.org/syntax/entityRelationshipDiagram.html):
 * one entity per table with its columns (type, PK / FK / UK marks, comment), one relationship per
 * foreign key with crow's-foot cardinality. Views are left out: Mermaid has no notion of them.
 *
 * Mermaid's grammar is narrower than Postgres's: entity names that are not plain words are written
 * in double quotes, attribute types may not contain spaces or commas, attribute names must be
 * words, and quoted strings cannot contain a double quote. Names are therefore mapped, never
 * dropped, and each mapping keeps the name recognisable.
 */
import { isUniqueKey, relationships } from '../model/relationships';
import { shortType } from '../model/short-type';
import type { Schema, Table } from '../model/types';
import { appendAll } from '../lib/arrays';

const WORD = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A Mermaid string. Mermaid reads `%%{...}%%` anywhere in the text as a directive (a comment
 * holding `%%{init: ...}%%` restyled the diagram and hid an entity), `"` ends the string, `#`
 * opens an entity code, `<...>` is taken for an HTML tag even across lines (and its `="`
 * rewritten), and a backslash, `~~` (generics) or a control character breaks the parser. Each
 * is written as Mermaid's entity code (`#37;`), which it shows as the character; line breaks,
 * which end a statement, become spaces.
 */
function quoted(text: string): string {
  // eslint-disable-next-line no-control-regex
  const body = text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ').replace(/[#"%\\~<>&\u0000-\u001f\u007f]/g, (c) => `#${c.charCodeAt(0)};`);
  return `"${body}"`;
}

/** Entity names: the table name when it is a plain word and unique across schemas, else quoted schema.name. */
function entityNames(schema: Schema): Map<string, string> {
  const counts = new Map<string, number>();
  for (const table of Object.values(schema.tables)) counts.set(table.name, (counts.get(table.name) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const [key, table] of Object.entries(schema.tables)) {
    const plain = table.schema === 'public' || counts.get(table.name) === 1 ? table.name : `${table.schema}.${table.name}`;
    names.set(key, WORD.test(plain) ? plain : quoted(plain));
  }
  return names;
}

/** Mermaid types are words (brackets and parentheses allowed): `timestamptz`, `varchar(80)`, `int[]`. */
function attributeType(text: string): string {
  return text.replace(/\s+/g, '_').replace(/,/g, '_').replace(/[^A-Za-z0-9_()[\]-]/g, '_').replace(/^(?![A-Za-z_])/, 't_');
}

/**
 * Attribute names are words; PK, FK and UK (any case) are Mermaid's key marks, so a column named
 * `pk` (Seata's lock table has one) would be read as a mark and fail to parse: it gets a trailing
 * underscore, and the note keeps its name.
 */
function attributeName(name: string): string {
  const word = name.replace(/[^A-Za-z0-9_-]/g, '_');
  if (/^[pfu]k$/i.test(word)) return `${word}_`;
  return /^[A-Za-z_*]/.test(word) ? word : `_${word}`;
}

function tableBlock(table: Table, entity: string): string[] {
  const foreign = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
  const primary = new Set(table.primaryKey?.columns ?? []);
  const lines = [`    ${entity} {`];
  for (const column of table.columns) {
    const keys = [
      primary.has(column.name) ? 'PK' : undefined,
      foreign.has(column.name) ? 'FK' : undefined,
      !primary.has(column.name) && isUniqueKey(table, [column.name]) ? 'UK' : undefined,
    ].filter(Boolean);
    const renamed = attributeName(column.name) !== column.name;
    const type = shortType(column.type);
    // Mermaid types cannot hold a comma: numeric(12,2) is drawn as numeric, the full type noted.
    const shownType = type.includes(',') ? type.slice(0, type.indexOf('(')) : type;
    const note = [renamed ? column.name : undefined, shownType !== type ? type : undefined, column.notNull || primary.has(column.name) ? undefined : 'nullable', column.comment]
      .filter(Boolean)
      .join('; ');
    const parts = [attributeType(shownType), attributeName(column.name)];
    if (keys.length > 0) parts.push(keys.join(', '));
    if (note) parts.push(quoted(note));
    lines.push(`        ${parts.join(' ')}`);
  }
  lines.push('    }');
  return lines;
}

export function toMermaid(schema: Schema): string {
  const names = entityNames(schema);
  const keys = Object.keys(schema.tables).sort();
  const lines = ['erDiagram'];
  for (const key of keys) {
    const table = schema.tables[key]!;
    appendAll(lines, (table.columns.length > 0 ? tableBlock(table, names.get(key)!) : [`    ${names.get(key)!}`]));
  }
  const rels = relationships(schema).sort((a, b) => a.from.localeCompare(b.from) || a.fk.name.localeCompare(b.fk.name));
  for (const rel of rels) {
    // Left: the referenced row (exactly one, or zero or one when the FK may be NULL); right: the
    // referencing rows (zero or more, or zero or one when the FK columns are unique).
    const parent = rel.optional ? '|o' : '||';
    const child = rel.many ? 'o{' : 'o|';
    lines.push(`    ${names.get(rel.to)!} ${parent}--${child} ${names.get(rel.from)!} : ${quoted(rel.columns.join(', '))}`);
  }
  return `${lines.join('\n')}\n`;
}

