/**
 * The schema as DBML (https://dbml.dbdiagram.io/docs/), the language of dbdiagram.io and dbdocs:
 * enums, tables with column settings (pk, increment, not null, unique, default, note), indexes
 * (composite, expression, unique, method), foreign keys as `Ref`s with their actions, and notes
 * from comments. DBML has no views, triggers or policies; they are left out. Checks go in the
 * table note, so what the schema enforces stays visible.
 */
import { relationships } from '../model/relationships';
import { shortType } from '../model/short-type';
import type { ReferentialAction, Schema, Table } from '../model/types';
import { appendAll } from '../lib/arrays';
import type { CanvasGroup, CanvasNote } from '../document/types';

/** What the canvas adds: its groups (as `TableGroup`s) and sticky notes (as `Note`s). */
export interface DbmlExtras {
  groups?: readonly Pick<CanvasGroup, 'name' | 'color' | 'tables'>[];
  notes?: readonly Pick<CanvasNote, 'id' | 'text'>[];
}

const WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Text inside a DBML string: DBML strings take JavaScript's escapes, and a raw line break ends
 * them ("Invalid newline"), so backslashes, the quote, line breaks and other control characters
 * are escaped.
 */
function escaped(text: string, quote: '"' | "'"): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(quote === '"' ? /"/g : /'/g, `\\${quote}`)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function name(text: string): string {
  return WORD.test(text) ? text : `"${escaped(text, '"')}"`;
}

function qualified(schemaName: string, object: string): string {
  return `${name(schemaName)}.${name(object)}`;
}

function note(text: string): string {
  return `'${escaped(text, "'")}'`;
}

/** Expressions go between backticks, which DBML cannot escape: a backtick inside becomes a quote. */
function expression(sql: string): string {
  return `\`${sql.replace(/`/g, "'")}\``;
}

/** DBML types are words, `name(args)` or `name[]`; anything else is quoted. */
function typeName(text: string): string {
  // Quoted like a name: a backslash escapes in DBML strings, so it is doubled too.
  return /^[A-Za-z_][A-Za-z0-9_]*(\([0-9, ]+\))?(\[\])*$/.test(text) ? text : name(text);
}

const ACTIONS: Record<ReferentialAction, string> = {
  'no-action': 'no action',
  restrict: 'restrict',
  cascade: 'cascade',
  'set-null': 'set null',
  'set-default': 'set default',
};

function columnSettings(table: Table, columnName: string): string[] {
  const column = table.columns.find((c) => c.name === columnName)!;
  const pk = table.primaryKey?.columns.length === 1 && table.primaryKey.columns[0] === column.name;
  const unique = table.uniqueConstraints.some((u) => u.columns.length === 1 && u.columns[0] === column.name);
  const settings: string[] = [];
  if (pk) settings.push('pk');
  if (column.identity || /^nextval\(/.test(column.default ?? '')) settings.push('increment');
  if (column.notNull && !pk) settings.push('not null');
  if (unique) settings.push('unique');
  if (column.default !== undefined && !column.identity && !/^nextval\(/.test(column.default)) {
    settings.push(`default: ${/^-?\d+(\.\d+)?$/.test(column.default) ? column.default : expression(column.default)}`);
  }
  if (column.comment) settings.push(`note: ${note(column.comment)}`);
  return settings;
}

function indexLine(elements: string[], settings: string[]): string {
  const list = elements.length === 1 ? elements[0]! : `(${elements.join(', ')})`;
  return `    ${list} [${settings.join(', ')}]`;
}

function indexes(table: Table): string[] {
  const lines: string[] = [];
  const pk = table.primaryKey;
  if (pk && pk.columns.length > 1) lines.push(indexLine(pk.columns.map(name), ['pk']));
  for (const u of table.uniqueConstraints.filter((c) => c.columns.length > 1)) {
    lines.push(indexLine(u.columns.map(name), ['unique', `name: ${note(u.name)}`]));
  }
  for (const index of table.indexes) {
    if (index.partitionOf) continue;
    const settings = [`name: ${note(index.name)}`];
    if (index.unique) settings.unshift('unique');
    if (index.method !== 'btree') settings.push(`type: ${index.method === 'hash' ? 'hash' : 'btree'}`);
    const extra = [index.method !== 'btree' && index.method !== 'hash' ? `using ${index.method}` : '', index.where ? `where ${index.where}` : '']
      .filter(Boolean)
      .join(', ');
    if (extra) settings.push(`note: ${note(extra)}`);
    lines.push(indexLine(index.elements.map((e) => (e.column !== undefined ? name(e.column) : expression(e.expression ?? ''))), settings));
  }
  return lines.length > 0 ? ['', '  Indexes {', ...lines, '  }'] : [];
}

function tableBlock(table: Table): string[] {
  const lines = [`Table ${qualified(table.schema, table.name)} {`];
  for (const column of table.columns) {
    const settings = columnSettings(table, column.name);
    lines.push(`  ${name(column.name)} ${typeName(shortType(column.type))}${settings.length > 0 ? ` [${settings.join(', ')}]` : ''}`);
  }
  appendAll(lines, indexes(table));
  const notes = [
    table.comment,
    ...table.checks.map((c) => `CHECK ${c.expression} (${c.name})`),
    table.partitionOf ? `partition of ${table.partitionOf.parent.schema}.${table.partitionOf.parent.name} ${table.partitionOf.bound}` : undefined,
  ].filter((n): n is string => Boolean(n));
  if (notes.length > 0) lines.push('', `  Note: ${note(notes.join('\n'))}`);
  lines.push('}');
  return lines;
}

/** A multi-line DBML string ('''...'''): backslashes and triple quotes escaped. */
function longNote(text: string): string {
  return `'''${text.replace(/\\/g, '\\\\').replace(/'''/g, "\\'''")}'''`;
}

function extrasBlock(schema: Schema, extras: DbmlExtras): string[] {
  const out: string[] = [];
  const used = new Set<string>();
  const unique = (base: string) => {
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}_${n}`;
    used.add(candidate);
    return candidate;
  };
  for (const group of extras.groups ?? []) {
    // Views are not DBML tables: a group lists only its tables.
    const tables = group.tables.flatMap((key) => {
      const table = schema.tables[key];
      return table && table.columns.length > 0 ? [qualified(table.schema, table.name)] : [];
    });
    if (tables.length === 0) continue;
    // The colour is checked where documents come in; here too, since it is written bare.
    const color = /^#[0-9a-fA-F]{6}$/.test(group.color) ? ` [color: ${group.color}]` : '';
    out.push(`TableGroup ${name(unique(group.name))}${color} {`);
    appendAll(out, tables.map((t) => `  ${t}`)).push('}', '');
  }
  for (const stickyNote of extras.notes ?? []) {
    if (stickyNote.text.trim() === '') continue;
    out.push(`Note ${name(unique(`note_${stickyNote.id}`))} {`, `  ${longNote(stickyNote.text)}`, '}', '');
  }
  return out;
}

export function toDbml(schema: Schema, extras: DbmlExtras = {}): string {
  const out: string[] = [];
  for (const key of Object.keys(schema.types).sort()) {
    const type = schema.types[key]!;
    if (type.kind !== 'enum') continue;
    out.push(`Enum ${qualified(type.schema, type.name)} {`);
    appendAll(out, type.values.map((v) => `  "${escaped(v, '"')}"`)).push('}', '');
  }
  for (const key of Object.keys(schema.tables).sort()) {
    const table = schema.tables[key]!;
    // DBML refuses a table without columns (Postgres allows them); it is named in a comment.
    if (table.columns.length === 0) out.push(`// Table ${qualified(table.schema, table.name)} has no columns`, '');
    else appendAll(out, tableBlock(table)).push('');
  }
  const columnList = (tableName: string, columns: string[]) =>
    columns.length === 1 ? `${tableName}.${name(columns[0]!)}` : `${tableName}.(${columns.map(name).join(', ')})`;
  // DBML takes one Ref per pair of endpoints (@dbml/core: "References with same endpoints
  // exist"); Postgres takes any number of identical foreign keys (Traffic Ops declares one twice
  // under two names), so a repeat is named in a comment instead.
  const written = new Map<string, string>();
  for (const rel of relationships(schema)) {
    if (rel.referencedColumns.length !== rel.columns.length) continue;
    if (rel.columns.length === 0) continue;
    const from = schema.tables[rel.from]!;
    const to = schema.tables[rel.to]!;
    const fromEnd = columnList(qualified(from.schema, from.name), rel.columns);
    const toEnd = columnList(qualified(to.schema, to.name), rel.referencedColumns);
    const endpoints = [fromEnd, toEnd].sort().join(' ');
    const first = written.get(endpoints);
    if (first !== undefined) {
      out.push(`// Ref ${name(rel.fk.name)} repeats ${name(first)}: the same columns, the same referenced columns`);
      continue;
    }
    written.set(endpoints, rel.fk.name);
    const settings = [
      rel.fk.onDelete !== 'no-action' ? `delete: ${ACTIONS[rel.fk.onDelete]}` : '',
      rel.fk.onUpdate !== 'no-action' ? `update: ${ACTIONS[rel.fk.onUpdate]}` : '',
    ].filter(Boolean);
    const op = rel.many ? '>' : '-';
    out.push(
      `Ref ${name(rel.fk.name)}: ${fromEnd} ${op} ${toEnd}${settings.length > 0 ? ` [${settings.join(', ')}]` : ''}`,
    );
  }
  const more = extrasBlock(schema, extras);
  if (more.length > 0) appendAll(out, ['', ...more]);
  return `${out.join('\n').trimEnd()}\n`;
}
