/** Dropping columns a pattern moved elsewhere (after its backfill read them). */
import type { SchemaChange } from '../changes/types';
import type { Column, Schema, Table } from '../model/types';
import { refOf } from './build';
import { mentionsColumn } from './sql-text';

/** Why these columns cannot be dropped, if they cannot. */
export function dropBlocker(schema: Schema, table: Table, columns: string[]): string | undefined {
  const uses = (text: string | undefined) => text !== undefined && columns.some((c) => mentionsColumn(text, c));
  if (table.primaryKey?.columns.some((c) => columns.includes(c))) return `the primary key uses ${columns.join(' / ')}: they cannot be dropped`;
  const fk = table.foreignKeys.find((f) => f.columns.some((c) => columns.includes(c)));
  if (fk) return `foreign key ${fk.name} uses ${columns.join(' / ')}: they cannot be dropped`;
  const referenced = Object.values(schema.tables).flatMap((t) => t.foreignKeys.filter((f) => f.references.schema === table.schema && f.references.name === table.name && f.referencedColumns.some((c) => columns.includes(c))));
  if (referenced[0]) return `foreign key ${referenced[0].name} references ${columns.join(' / ')}: they cannot be dropped`;
  const view = Object.values(schema.views).find((v) => v.dependsOn.some((d) => d.schema === table.schema && d.name === table.name) && uses(v.query));
  if (view) return `view ${view.name} reads ${columns.join(' / ')}: they cannot be dropped`;
  const trigger = table.triggers.find((t) => t.updateColumns.some((c) => columns.includes(c)) || uses(t.when));
  if (trigger) return `trigger ${trigger.name} uses ${columns.join(' / ')}: they cannot be dropped`;
  const generated = table.columns.find((c) => c.generated && uses(c.generated.expression));
  if (generated) return `generated column ${generated.name} uses ${columns.join(' / ')}: they cannot be dropped`;
  return undefined;
}

/**
 * Dropping columns a backfill read: what depends on them first (Postgres would drop it with them,
 * the model must say so), NULL allowed so the down migration can add them back before refilling.
 */
export function dropColumns(table: Table, columns: Column[]): SchemaChange[] {
  const ref = refOf(table);
  const names = columns.map((c) => c.name);
  const uses = (text: string | undefined) => text !== undefined && names.some((c) => mentionsColumn(text, c));
  const out: SchemaChange[] = [];
  for (const u of table.uniqueConstraints) if (u.columns.some((c) => names.includes(c)) || u.include.some((c) => names.includes(c))) out.push({ kind: 'drop-constraint', table: ref, name: u.name });
  for (const c of table.checks) if (uses(c.expression)) out.push({ kind: 'drop-constraint', table: ref, name: c.name });
  for (const x of table.exclusions) if (x.elements.some((e) => (e.column && names.includes(e.column)) || uses(e.expression)) || uses(x.where)) out.push({ kind: 'drop-constraint', table: ref, name: x.name });
  for (const ix of table.indexes) if (ix.elements.some((e) => (e.column && names.includes(e.column)) || uses(e.expression)) || uses(ix.where) || ix.include.some((c) => names.includes(c))) out.push({ kind: 'drop-index', table: ref, name: ix.name });
  for (const c of columns) {
    if (c.notNull) out.push({ kind: 'alter-column', table: ref, column: c.name, set: { notNull: false } });
    if (c.default !== undefined) out.push({ kind: 'alter-column', table: ref, column: c.name, set: { default: null } });
  }
  for (const c of columns) out.push({ kind: 'drop-column', table: ref, column: c.name });
  return out;
}

