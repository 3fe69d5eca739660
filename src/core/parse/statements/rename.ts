/**
 * ALTER ... RENAME. Postgres refers to objects by OID, so a rename is seen everywhere at once;
 * the model refers by name, so every reference to the renamed object is updated here.
 */
import { keyOf, quoteIdent, sameName } from '../../model/names';
import { moveSequenceInDefaults } from './sequence-defaults';
import type { QualifiedName, Schema, Table, View } from '../../model/types';
import { type Fields, listName, rangeVarName, unwrap } from '../ast';
import { type ImportContext, StatementError } from '../context';
import { inheritanceCount } from './alter-column';
import { renameSchema } from './rename-schema';
import { typedTablesOf } from './types';
import { findRoutineByObject } from './routines';
import { columnNamed, forgetColumns } from '../column-index';
import { renameStatisticsColumn } from '../../changes/apply-properties';
import { columnReferencesElsewhere, followRenameInSql, renameColumnInTable, type SchemaWriter } from '../../changes/follow-rename';
import type { SqlRename } from '../rename-sql';
import { settleViewQueriesOf } from './views';

/** Re-inserts a record entry under a new key, keeping the order of the others. */
function rekey<T>(record: Record<string, T>, oldKey: string, newKey: string, value: T): void {
  const entries = Object.entries(record);
  for (const key of Object.keys(record)) delete record[key];
  for (const [key, item] of entries) record[key === oldKey ? newKey : key] = key === oldKey ? value : item;
}

/** The importer edits its schema in place. */
function inPlace(schema: Schema): SchemaWriter {
  return {
    table: (ref) => schema.tables[keyOf(ref)]!,
    view: (ref) => schema.views[keyOf(ref)]!,
    routine: (key) => schema.routines[key]!,
    type: (key) => schema.types[key]!,
  };
}

/**
 * The rename followed into the SQL the model keeps (views, checks, policies...), as Postgres
 * shows it after the rename. Views whose text is still pending get it first, in the old names.
 */
function followInSql(ctx: ImportContext, rename: SqlRename): void {
  const relation = rename.kind === 'relation' ? rename.from : rename.kind === 'column' ? rename.table : undefined;
  const pending = [...ctx.pendingViewQueries.keys()].filter((view) => !relation || view.dependsOn.some((d) => sameName(d, relation)));
  if (pending.length > 0) settleViewQueriesOf(ctx, pending);
  followRenameInSql(ctx.schema, rename, inPlace(ctx.schema));
}

/** Every place the model names a relation: FKs, views, partitions, inheritance, sequences. */
function renameRelationReferences(schema: Schema, from: QualifiedName, to: QualifiedName): void {
  const fix = (ref: QualifiedName) => {
    if (sameName(ref, from)) {
      ref.schema = to.schema;
      ref.name = to.name;
    }
  };
  for (const table of Object.values(schema.tables)) {
    for (const fk of table.foreignKeys) fix(fk.references);
    if (table.partitionOf) fix(table.partitionOf.parent);
    table.inherits.forEach(fix);
  }
  for (const view of Object.values(schema.views)) {
    view.dependsOn.forEach(fix);
    for (const reads of view.readsColumns ?? []) fix(reads.relation);
  }
  for (const sequence of Object.values(schema.sequences)) if (sequence.ownedBy) fix(sequence.ownedBy.table);
  for (const statistics of Object.values(schema.statistics)) fix(statistics.table);
}

/** What ALTER VIEW / MATERIALIZED VIEW / SEQUENCE / FOREIGN TABLE ... RENAME insist on. */
function kindMismatch(renameType: string, relation: NonNullable<ReturnType<ImportContext['findRelation']>>): string | undefined {
  const isView = relation.kind === 'view' && !relation.view.materialized;
  const isMatview = relation.kind === 'view' && relation.view.materialized;
  const isForeign = relation.kind === 'table' && Boolean(relation.table.foreign);
  if (renameType === 'OBJECT_VIEW' && !isView) return 'a view';
  if (renameType === 'OBJECT_MATVIEW' && !isMatview) return 'a materialized view';
  if (renameType === 'OBJECT_SEQUENCE' && relation.kind !== 'sequence') return 'a sequence';
  if (renameType === 'OBJECT_FOREIGN_TABLE' && !isForeign) return 'a foreign table';
  return undefined;
}

/**
 * ALTER TABLE / INDEX / VIEW / ... RENAME. Postgres lets ALTER TABLE and ALTER INDEX rename any
 * relation (Rails dumps use ALTER INDEX on tables and the other way round); the other forms
 * insist on their kind.
 */
function renameRelation(ctx: ImportContext, stmt: Fields): void {
  const written = rangeVarName(stmt.relation ?? {});
  const relation = ctx.findRelation(written);
  if (!relation) {
    const isIndex = ctx.findIndex(written) || findKeyIndex(ctx, written);
    if (isIndex && (stmt.renameType === 'OBJECT_INDEX' || stmt.renameType === 'OBJECT_TABLE')) {
      renameIndex(ctx, written, stmt.newname, Boolean(stmt.missing_ok));
      return;
    }
    if (isIndex) throw new StatementError(`"${written.name}" is not ${stmt.renameType === 'OBJECT_VIEW' ? 'a view' : stmt.renameType === 'OBJECT_SEQUENCE' ? 'a sequence' : 'a materialized view'}`);
    if (!stmt.missing_ok) ctx.report('error', `relation "${written.name}" does not exist`);
    return;
  }
  const mismatch = kindMismatch(stmt.renameType, relation);
  if (mismatch) throw new StatementError(`"${written.name}" is not ${mismatch}`);
  const current = relation.kind === 'table' ? relation.table : relation.kind === 'view' ? relation.view : relation.sequence;
  if (ctx.names.relationTaken(current.schema, stmt.newname)) throw new StatementError(`relation "${stmt.newname}" already exists`);
  const object = relation.kind === 'table' ? relation.table : relation.kind === 'view' ? relation.view : relation.sequence;
  const from = { schema: object.schema, name: object.name };
  if (relation.kind === 'table') ctx.renames.push({ kind: 'rename-table', table: from, newName: stmt.newname });
  else if (relation.kind === 'view') ctx.renames.push({ kind: 'rename-view', view: from, newName: stmt.newname });
  if (relation.kind !== 'sequence') followInSql(ctx, { kind: 'relation', from, to: stmt.newname });
  object.name = stmt.newname;
  if (relation.kind === 'sequence') moveSequenceInDefaults(ctx.schema, from, { schema: from.schema, name: stmt.newname });
  const record = (relation.kind === 'table' ? ctx.schema.tables : relation.kind === 'view' ? ctx.schema.views : ctx.schema.sequences) as Record<string, unknown>;
  rekey(record, relation.key, keyOf(object), object);
  renameRelationReferences(ctx.schema, from, object);
  ctx.names.invalidate();
}

/** The primary key, unique or exclusion constraint whose index has this name. */
function findKeyIndex(ctx: ImportContext, written: { schema?: string; name: string }): { name: string } | undefined {
  const schemas = written.schema ? [written.schema] : ctx.searchPath;
  for (const schema of schemas) {
    for (const table of Object.values(ctx.schema.tables)) {
      if (table.schema !== schema) continue;
      const constraint = [table.primaryKey, ...table.uniqueConstraints, ...table.exclusions].find((c) => c?.name === written.name);
      if (constraint) return constraint;
    }
  }
  return undefined;
}

/** ALTER INDEX ... RENAME; a constraint's index renames the constraint too, and vice versa. */
function renameIndex(ctx: ImportContext, written: { schema?: string; name: string }, newName: string, missingOk: boolean): void {
  const found = ctx.findIndex(written);
  const target = found?.index ?? findKeyIndex(ctx, written);
  if (!target) {
    if (!missingOk) ctx.report('error', `relation "${written.name}" does not exist`);
    return;
  }
  const schema = found?.owner.schema ?? written.schema ?? ctx.defaultSchema();
  if (ctx.names.relationTaken(schema, newName)) throw new StatementError(`relation "${newName}" already exists`);
  // The table (or materialized view) clustered on the index stays clustered on it, and a table
  // whose replica identity is the index keeps it (Postgres marks the index, not its name).
  for (const relation of [...Object.values(ctx.schema.tables), ...Object.values(ctx.schema.views)]) {
    if (relation.schema === schema && relation.clusterOn === target.name) relation.clusterOn = newName;
  }
  for (const table of Object.values(ctx.schema.tables)) {
    if (table.schema === schema && table.replicaIdentity?.kind === 'index' && table.replicaIdentity.index === target.name) table.replicaIdentity = { kind: 'index', index: newName };
  }
  recordIndexRename(ctx, found?.owner, schema, target.name, newName);
  target.name = newName;
}

/**
 * An index's rename as a design edit: a table's index, or the index of a key (which renames the
 * key's constraint too). Materialized views' indexes have no edit of their own.
 */
function recordIndexRename(ctx: ImportContext, owner: Table | View | undefined, schema: string, name: string, newName: string): void {
  if (owner && ctx.schema.tables[keyOf(owner)] === owner) {
    ctx.renames.push({ kind: 'rename-index', table: { schema: owner.schema, name: owner.name }, name, newName });
    return;
  }
  const table = Object.values(ctx.schema.tables).find((t) => t.schema === schema && [t.primaryKey, ...t.uniqueConstraints, ...t.exclusions].some((c) => c?.name === name));
  if (table) ctx.renames.push({ kind: 'rename-constraint', table: { schema: table.schema, name: table.name }, name, newName });
}

export function renameColumn(ctx: ImportContext, table: Table, from: string, to: string): void {
  const tables = [table, ...ctx.descendants(table)].filter((t) => columnNamed(t, from));
  for (const t of tables) followInSql(ctx, { kind: 'column', table: { schema: t.schema, name: t.name }, from, to });
  for (const t of tables) {
    renameStatisticsColumn(ctx.schema, t, from, to);
    renameColumnInTable(t, from, to);
    forgetColumns(t);
    const elsewhere = columnReferencesElsewhere(ctx.schema, t, from);
    for (const other of elsewhere.foreignKeys) {
      for (const fk of other.foreignKeys) if (sameName(fk.references, t)) fk.referencedColumns = fk.referencedColumns.map((n) => (n === from ? to : n));
    }
    for (const key of elsewhere.sequences) ctx.schema.sequences[key]!.ownedBy!.column = to;
    // A view reads the column by number: it reads the renamed one (its own output name stays).
    for (const view of Object.values(ctx.schema.views)) {
      for (const reads of view.readsColumns ?? []) {
        if (sameName(reads.relation, t)) reads.columns = reads.columns.map((n) => (n === from ? to : n));
      }
    }
  }
}

/**
 * ALTER [MATERIALIZED] VIEW v RENAME COLUMN a TO b: Postgres renames the output column, as if the
 * view had been created with a column name list (`CREATE VIEW v (..., b)`); its default, comment
 * and indexes follow, and so do the views and functions that read it (by number, in Postgres).
 */
function renameViewColumn(ctx: ImportContext, view: View, from: string, to: string): void {
  const columns = view.columns;
  const position = columns?.findIndex((c) => c.name === from) ?? -1;
  if (!columns) throw new StatementError(`the columns of view "${view.name}" are not known (it reads a relation the model lacks), so column "${from}" cannot be renamed`);
  if (position < 0) throw new StatementError(`column "${from}" does not exist`);
  if (columns.some((c) => c.name === to)) throw new StatementError(`column "${to}" of relation "${view.name}" already exists`);
  // The readers' text is rewritten against the view's columns: its own text must be there too.
  settleViewQueriesOf(ctx, [view]);
  followInSql(ctx, { kind: 'column', table: { schema: view.schema, name: view.name }, from, to });
  view.columnNames = columns.slice(0, Math.max(position + 1, view.columnNames.length)).map((c, i) => (i === position ? to : view.columnNames[i] ?? c.name));
  columns[position] = { ...columns[position]!, name: to };
  if (from in view.columnComments) rekey(view.columnComments, from, to, view.columnComments[from]!);
  if (view.columnDefaults && from in view.columnDefaults) rekey(view.columnDefaults, from, to, view.columnDefaults[from]!);
  for (const index of view.indexes) index.elements = index.elements.map((e) => (e.column === from ? { ...e, column: to } : e));
  for (const other of Object.values(ctx.schema.views)) {
    for (const reads of other.readsColumns ?? []) if (sameName(reads.relation, view)) reads.columns = reads.columns.map((n) => (n === from ? to : n));
  }
}

function renameConstraint(ctx: ImportContext, table: Table, from: string, to: string, recurse: boolean): void {
  const constraint = [table.primaryKey, ...table.uniqueConstraints, ...table.foreignKeys, ...table.checks, ...table.exclusions].find(
    (c) => c?.name === from,
  );
  if (!constraint) {
    ctx.report('error', `constraint "${from}" for table "${table.name}" does not exist`);
    return;
  }
  // An inheritable CHECK keeps one name down the tree: ONLY is refused when there are children.
  const check = table.checks.find((c) => c === constraint);
  if (check && !check.noInherit && !recurse && ctx.descendants(table).length > 0) {
    throw new StatementError(`inherited constraint "${from}" must be renamed in child tables too`);
  }
  ctx.renames.push({ kind: 'rename-constraint', table: { schema: table.schema, name: table.name }, name: from, newName: to });
  constraint.name = to;
  for (const child of ctx.descendants(table)) {
    for (const check of child.checks) if (check.name === from && check.inherited) check.name = to;
  }
}

/** ALTER TYPE t RENAME ATTRIBUTE a TO b [CASCADE]: typed tables' columns follow. */
function renameAttribute(ctx: ImportContext, stmt: Fields): void {
  const written = rangeVarName(stmt.relation ?? {});
  const type = ctx.findType(written);
  if (!type || type.kind !== 'composite') throw new StatementError(`type "${written.name}" does not exist`);
  const attribute = type.attributes.find((a) => a.name === stmt.subname);
  if (!attribute) throw new StatementError(`column "${stmt.subname}" does not exist`);
  const tables = typedTablesOf(ctx, type, stmt.behavior === 'DROP_CASCADE');
  attribute.name = stmt.newname;
  for (const table of tables) renameColumn(ctx, table, stmt.subname, stmt.newname);
}

export function renameStatement(ctx: ImportContext, stmt: Fields): void {
  // Renames of columns, triggers, policies and routines leave relation and constraint names be.
  if (['OBJECT_INDEX', 'OBJECT_TABCONSTRAINT', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE', 'OBJECT_TYPE', 'OBJECT_DOMAIN'].includes(stmt.renameType)) {
    // Names change, but no table's key: which table inherits from which stays as it was.
    ctx.names.invalidateNames();
  } else if (!['OBJECT_COLUMN', 'OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_FUNCTION', 'OBJECT_PROCEDURE', 'OBJECT_ROUTINE'].includes(stmt.renameType)) {
    ctx.names.invalidate();
  }
  switch (stmt.renameType) {
    case 'OBJECT_TABLE':
    case 'OBJECT_VIEW':
    case 'OBJECT_MATVIEW':
    case 'OBJECT_SEQUENCE':
    case 'OBJECT_FOREIGN_TABLE':
      renameRelation(ctx, stmt);
      return;
    case 'OBJECT_INDEX': {
      const written = rangeVarName(stmt.relation ?? {});
      if (ctx.findIndex(written) || findKeyIndex(ctx, written)) renameIndex(ctx, written, stmt.newname, Boolean(stmt.missing_ok));
      else renameRelation(ctx, stmt);
      return;
    }
    case 'OBJECT_ATTRIBUTE':
      renameAttribute(ctx, stmt);
      return;
    case 'OBJECT_COLUMN': {
      const relation = ctx.findRelation(rangeVarName(stmt.relation ?? {}));
      if (relation?.kind === 'table') {
        // Children must keep the parent's column names: ONLY is refused when there are any.
        if (!stmt.relation?.inh && ctx.descendants(relation.table).length > 0) {
          throw new StatementError(`inherited column "${stmt.subname}" must be renamed in child tables too`);
        }
        if (!columnNamed(relation.table, stmt.subname)) {
          ctx.report('error', `column "${stmt.subname}" does not exist`);
          return;
        }
        if (relation.table.ofType) throw new StatementError('cannot rename column of typed table');
        if (inheritanceCount(ctx, relation.table, stmt.subname) > 0) throw new StatementError(`cannot rename inherited column "${stmt.subname}"`);
        ctx.renames.push({ kind: 'rename-column', table: { schema: relation.table.schema, name: relation.table.name }, column: stmt.subname, newName: stmt.newname });
        renameColumn(ctx, relation.table, stmt.subname, stmt.newname);
      } else if (relation?.kind === 'view') {
        renameViewColumn(ctx, relation.view, stmt.subname, stmt.newname);
      } else if (!relation && !stmt.missing_ok) {
        ctx.report('error', `relation "${stmt.relation?.relname}" does not exist`);
      }
      return;
    }
    case 'OBJECT_TABCONSTRAINT': {
      const table = ctx.findTable(rangeVarName(stmt.relation ?? {}));
      if (table) renameConstraint(ctx, table, stmt.subname, stmt.newname, Boolean(stmt.relation?.inh));
      else if (!stmt.missing_ok) ctx.report('error', `relation "${stmt.relation?.relname}" does not exist`);
      return;
    }
    case 'OBJECT_TRIGGER':
    case 'OBJECT_POLICY': {
      const relation = ctx.findRelation(rangeVarName(stmt.relation ?? {}));
      const owner = relation?.kind === 'table' ? relation.table : relation?.kind === 'view' ? relation.view : undefined;
      const list = stmt.renameType === 'OBJECT_TRIGGER' ? owner?.triggers : relation?.kind === 'table' ? relation.table.policies : undefined;
      const item = list?.find((x) => x.name === stmt.subname);
      if (item) item.name = stmt.newname;
      else ctx.report('error', `${stmt.renameType === 'OBJECT_TRIGGER' ? 'trigger' : 'policy'} "${stmt.subname}" does not exist`);
      return;
    }
    case 'OBJECT_TYPE':
    case 'OBJECT_DOMAIN': {
      const names = unwrap(stmt.object, 'List')?.items ?? unwrap(stmt.object, 'TypeName')?.names;
      const type = ctx.findType(listName(names));
      if (!type) {
        ctx.report('error', `type "${listName(names).name}" does not exist`);
        return;
      }
      const from = { schema: type.schema, name: type.name };
      const oldKey = keyOf(type);
      followInSql(ctx, { kind: 'type', from, to: stmt.newname });
      type.name = stmt.newname;
      rekey(ctx.schema.types, oldKey, keyOf(type), type);
      for (const table of Object.values(ctx.schema.tables)) {
        for (const column of table.columns) {
          if (column.type.schema && sameName({ schema: column.type.schema, name: column.type.name }, from)) column.type.name = type.name;
        }
      }
      return;
    }
    case 'OBJECT_SCHEMA':
      renameSchema(ctx, stmt.subname, stmt.newname);
      return;
    case 'OBJECT_FUNCTION':
    case 'OBJECT_PROCEDURE':
    case 'OBJECT_ROUTINE': {
      const found = findRoutineByObject(ctx, unwrap(stmt.object, 'ObjectWithArgs') ?? {});
      if (found.length !== 1) return;
      const { key, routine } = found[0]!;
      const from = { schema: routine.schema, name: routine.name };
      const overloads = Object.values(ctx.schema.routines).filter((r) => sameName(r, from)).length;
      followInSql(ctx, { kind: 'function', from, to: stmt.newname, ambiguous: overloads > 1 });
      routine.name = stmt.newname;
      rekey(ctx.schema.routines, key, `${keyOf(routine)}(${routine.signature})`, routine);
      // Triggers call their function by OID in Postgres, so they follow the rename.
      const owners = [...Object.values(ctx.schema.tables), ...Object.values(ctx.schema.views)];
      for (const trigger of owners.flatMap((o) => o.triggers)) {
        if (sameName(trigger.function, from)) trigger.function.name = routine.name;
      }
      return;
    }
    default:
      return;
  }
}
