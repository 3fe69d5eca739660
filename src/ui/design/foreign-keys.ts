/**
 * Foreign keys drawn on the canvas: from a column (or a table's header, which makes a new column)
 * to a key of another (or the same) table. A type mismatch is reported before anything changes,
 * so the user can accept the fix (retype the referencing column) or cancel.
 */
import type { SchemaChange } from '../../core/changes';
import { chooseName, nameAddition } from '../../core/model/auto-names';
import { formatType } from '../../core/model/format-type';
import { isUniqueKey } from '../../core/model/relationships';
import type { ForeignKey, QualifiedName, ReferentialAction, Schema, Table, TypeRef } from '../../core/model';
import { displayName } from '../lib/display-name';
import { isIntegerType } from './columns';
import { fail } from './errors';
import { columnOf, constraintNames, freeName, tableOf, tableRef } from './lookup';

export interface ForeignKeyDraft {
  table: QualifiedName;
  /** The referencing columns; absent: a new column is made for it (`user_id` for users.id). */
  columns?: string[];
  references: QualifiedName;
  referencedColumns: string[];
  onDelete?: ReferentialAction;
  onUpdate?: ReferentialAction;
  /** Retype referencing columns whose type differs from the referenced ones. */
  retype?: boolean;
}

export interface TypeMismatch {
  column: string;
  type: TypeRef;
  referenced: string;
  referencedType: TypeRef;
}

const sameType = (a: TypeRef, b: TypeRef) => formatType(a) === formatType(b);

/** A name for the new referencing column: `users.id` -> `user_id` (simple English singular). */
export function referencingColumnName(table: Table, referenced: Table, column: string): string {
  const base = referenced.name.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
  return freeName(`${base}_${column}`, (name) => table.columns.some((c) => c.name === name));
}

/** The pairs whose types differ (empty when none, or when the columns are to be made). */
export function foreignKeyMismatches(schema: Schema, draft: ForeignKeyDraft): TypeMismatch[] {
  if (!draft.columns) return [];
  const table = tableOf(schema, draft.table);
  const referenced = tableOf(schema, draft.references);
  const out: TypeMismatch[] = [];
  draft.columns.forEach((name, i) => {
    const column = table.columns.find((c) => c.name === name);
    const target = referenced.columns.find((c) => c.name === draft.referencedColumns[i]);
    if (column && target && !sameType(column.type, target.type)) out.push({ column: name, type: column.type, referenced: target.name, referencedType: target.type });
  });
  return out;
}

export function addForeignKey(schema: Schema, draft: ForeignKeyDraft): SchemaChange[] {
  const table = tableOf(schema, draft.table);
  const referenced = tableOf(schema, draft.references);
  if (draft.referencedColumns.length === 0) fail(`Choose the column of ${referenced.name} to point at.`);
  const targets = draft.referencedColumns.map((name) => columnOf(referenced, name));
  if (!isUniqueKey(referenced, draft.referencedColumns)) {
    fail(`${referenced.name}.${draft.referencedColumns.join(', ')} is neither the primary key nor unique: a foreign key must point at a key. Make it unique first.`);
  }
  const t = tableRef(table);
  const changes: SchemaChange[] = [];
  let columns = draft.columns;
  if (!columns) {
    // From the header: one new nullable column per referenced column, of the referenced type.
    const made: string[] = [];
    for (const target of targets) {
      const name = referencingColumnName({ ...table, columns: [...table.columns, ...made.map((n) => ({ name: n }) as Table['columns'][number])] }, referenced, target.name);
      made.push(name);
      changes.push({ kind: 'add-column', table: t, column: { name, type: target.type, notNull: false } });
    }
    columns = made;
  } else {
    if (columns.length !== draft.referencedColumns.length) fail('A foreign key needs as many columns as it references.');
    for (const name of columns) columnOf(table, name);
    if (table === referenced && columns.every((c, i) => c === draft.referencedColumns[i])) fail('A column cannot reference itself.');
    const mismatches = foreignKeyMismatches(schema, { ...draft, columns });
    if (mismatches.length > 0 && !draft.retype) {
      const m = mismatches[0]!;
      fail(`${table.name}.${m.column} is ${formatType(m.type)} but ${referenced.name}.${m.referenced} is ${formatType(m.referencedType)}: the types must match.`);
    }
    for (const m of mismatches) {
      const column = columnOf(table, m.column);
      if (column.identity && !isIntegerType(m.referencedType)) fail(`${table.name}.${m.column} is an identity column and cannot become ${formatType(m.referencedType)}.`);
      changes.push({ kind: 'alter-column', table: t, column: m.column, set: { type: m.referencedType } });
    }
  }
  const duplicate = table.foreignKeys.find((fk) => fk.references.schema === referenced.schema && fk.references.name === referenced.name && fk.columns.join('\0') === columns.join('\0'));
  if (duplicate) fail(`${duplicate.name} already makes ${table.name}.${columns.join(', ')} reference ${displayName(referenced)}.`);
  const name = chooseName(table.name, nameAddition(columns), 'fkey', (n) => constraintNames(table).has(n));
  changes.push({
    kind: 'add-constraint',
    table: t,
    constraint: {
      type: 'foreign-key',
      name,
      columns,
      references: tableRef(referenced),
      referencedColumns: draft.referencedColumns,
      onDelete: draft.onDelete ?? 'no-action',
      onUpdate: draft.onUpdate ?? 'no-action',
      match: 'simple',
      notValid: false,
      deferrable: false,
      initiallyDeferred: false,
    },
  });
  return changes;
}

export type ForeignKeyOptions = Partial<Pick<ForeignKey, 'onDelete' | 'onUpdate' | 'deferrable' | 'initiallyDeferred'>>;

/** New actions or deferrability: the constraint is dropped and added again with them. */
export function alterForeignKey(schema: Schema, ref: QualifiedName, name: string, set: ForeignKeyOptions): SchemaChange[] {
  const table = tableOf(schema, ref);
  const fk = table.foreignKeys.find((c) => c.name === name) ?? fail(`${table.name} has no foreign key ${name} (any more).`);
  const next: ForeignKey = { ...fk, ...set };
  // INITIALLY DEFERRED only exists on a DEFERRABLE constraint.
  if (set.initiallyDeferred) next.deferrable = true;
  if (!next.deferrable) next.initiallyDeferred = false;
  if (next.onDelete !== 'set-null' && next.onDelete !== 'set-default') delete next.onDeleteColumns;
  const same = (['onDelete', 'onUpdate', 'deferrable', 'initiallyDeferred'] as const).every((key) => next[key] === fk[key]);
  if (same) return [];
  const { source: _source, ...rest } = next;
  return [
    { kind: 'drop-constraint', table: tableRef(table), name },
    { kind: 'add-constraint', table: tableRef(table), constraint: { type: 'foreign-key', ...rest } },
  ];
}
