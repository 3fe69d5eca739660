/**
 * Table constraints (from CREATE TABLE or ALTER TABLE ADD CONSTRAINT) into the model, with the
 * names Postgres would choose when none is given.
 */
import type { Node } from '@pgsql/types';
import { chooseName, nameAddition } from '../../model/auto-names';
import type {
  CheckConstraint,
  Column,
  ExclusionConstraint,
  ExclusionElement,
  ForeignKey,
  MatchType,
  ReferentialAction,
  Table,
} from '../../model/types';
import { deparseNode, type Fields, figureColumnName, rangeVarName, referencedColumns, stringList, unwrap, withoutLocations } from '../ast';
import { type ImportContext, StatementError, TEMP_SCHEMA } from '../context';
import { readIndexElement } from './index-elements';
import { readOptions } from './create-table';
import { columnNamed } from '../column-index';

const ACTIONS: Record<string, ReferentialAction> = {
  a: 'no-action',
  r: 'restrict',
  c: 'cascade',
  n: 'set-null',
  d: 'set-default',
};
const MATCHES: Record<string, MatchType> = { s: 'simple', f: 'full', p: 'partial' };

/** Names chosen earlier in the same statement count as taken too (Postgres's `others` list). */
export interface NamingScope {
  chosen: Set<string>;
}

function constraintNameTaken(ctx: ImportContext, table: Table, scope: NamingScope) {
  return (name: string) => scope.chosen.has(name) || ctx.names.constraintTaken(table.schema, name);
}

function indexNameTaken(ctx: ImportContext, table: Table, scope: NamingScope) {
  return (name: string) =>
    scope.chosen.has(name) || ctx.names.relationTaken(table.schema, name) || ctx.names.constraintTaken(table.schema, name);
}

/** ChooseIndexColumnNames: column names, `expr` for expressions, made unique with a number. */
export function indexColumnNames(names: (string | undefined)[]): string[] {
  const result: string[] = [];
  for (const original of names) {
    const base = original ?? 'expr';
    let candidate = base;
    for (let i = 1; result.includes(candidate); i++) candidate = `${base}${i}`;
    result.push(candidate);
  }
  return result;
}

export function chooseIndexName(
  ctx: ImportContext,
  table: Table,
  columns: (string | undefined)[],
  label: 'pkey' | 'key' | 'excl' | 'idx',
  scope: NamingScope,
): string {
  const name =
    label === 'pkey'
      ? chooseName(table.name, undefined, 'pkey', indexNameTaken(ctx, table, scope))
      : chooseName(table.name, nameAddition(indexColumnNames(columns)), label, indexNameTaken(ctx, table, scope));
  scope.chosen.add(name);
  return name;
}

function chooseConstraintName(ctx: ImportContext, table: Table, name2: string | undefined, label: string, scope: NamingScope): string {
  const name = chooseName(table.name, name2, label, constraintNameTaken(ctx, table, scope));
  scope.chosen.add(name);
  return name;
}

/**
 * Adds one Constraint node to a table. `column` is set for a column constraint (its implicit
 * column list). Returns false for kinds that are not table-level constraints (NOT NULL, DEFAULT...).
 */
export function addConstraint(
  ctx: ImportContext,
  table: Table,
  c: Fields,
  scope: NamingScope,
  column?: Column,
  recurse = true,
): boolean {
  const source = ctx.sourceAt(c.location);
  const base = {
    deferrable: Boolean(c.deferrable),
    initiallyDeferred: Boolean(c.initdeferred),
    source,
  };
  const keys = column ? [column.name] : stringList(c.keys);
  const include = stringList(c.including);
  // WITH (...) of a key or exclusion constraint: its index's storage parameters.
  const storage = (c.options as Node[] | undefined)?.length ? { options: readOptions(c.options as Node[]) } : {};
  switch (c.contype) {
    case 'CONSTR_PRIMARY': {
      if (table.primaryKey && !table.primaryKey.partitionOf) throw new StatementError(`multiple primary keys for table "${table.name}" are not allowed`);
      checkCoversPartitionKey(table, keys, 'unique');
      const name = c.conname ?? chooseIndexName(ctx, table, [], 'pkey', scope);
      table.primaryKey = { name, columns: keys, include, ...base, ...storage };
      if (c.without_overlaps) table.primaryKey.withoutOverlaps = true;
      for (const key of keys) {
        const col = columnNamed(table, key);
        if (col) col.notNull = true;
      }
      registerIndexName(ctx, table, name);
      return true;
    }
    case 'CONSTR_UNIQUE': {
      checkCoversPartitionKey(table, keys, 'unique');
      const name = c.conname ?? chooseIndexName(ctx, table, [...keys, ...include], 'key', scope);
      table.uniqueConstraints.push({ name, columns: keys, include, nullsNotDistinct: Boolean(c.nulls_not_distinct), ...base, ...storage, ...(c.without_overlaps ? { withoutOverlaps: true as const } : {}) });
      registerIndexName(ctx, table, name);
      return true;
    }
    case 'CONSTR_EXCLUSION': {
      const elements = ((c.exclusions as Node[] | undefined) ?? []).map((pair) => {
        const items = (unwrap(pair, 'List')?.items as Node[] | undefined) ?? [];
        const element = readIndexElement(ctx, unwrap(items[0], 'IndexElem') ?? {});
        const operator = stringList(unwrap(items[1], 'List')?.items).join('.');
        const result: ExclusionElement = { operator };
        if (element.column) result.column = element.column;
        else result.expression = element.expression ?? '';
        if (element.opclass) result.opclass = element.opclass;
        if (element.opclassOptions) result.opclassOptions = element.opclassOptions;
        return result;
      });
      const columnNames = ((c.exclusions as Node[] | undefined) ?? []).map((pair) => {
        const e = unwrap(((unwrap(pair, 'List')?.items as Node[] | undefined) ?? [])[0], 'IndexElem') ?? {};
        return (e.name as string | undefined) ?? figureColumnName(e.expr);
      });
      const name = c.conname ?? chooseIndexName(ctx, table, [...columnNames, ...include], 'excl', scope);
      const exclusion: ExclusionConstraint = {
        name,
        method: c.access_method ?? 'gist',
        elements,
        include,
        ...base,
        ...storage,
      };
      if (c.where_clause) exclusion.where = deparseNode(c.where_clause);
      table.exclusions.push(exclusion);
      registerIndexName(ctx, table, name);
      return true;
    }
    case 'CONSTR_FOREIGN': {
      const columns = column ? [column.name] : stringList(c.fk_attrs);
      const target = rangeVarName(c.pktable ?? {});
      const references = { schema: target.schema ?? ctx.defaultSchema(), name: target.name };
      const referenced = ctx.findTable(target);
      if (referenced) {
        references.schema = referenced.schema;
      } else {
        // Postgres would reject this; the model keeps the key so a schema pasted out of order
        // still shows its relationships.
        const written = target.schema ? `"${target.schema}"."${target.name}"` : `"${target.name}"`;
        const why = ctx.madeElsewhere(target.schema) ? `is not in this script (schema "${target.schema}" is made elsewhere, by the platform or another tool)` : 'does not exist (yet)';
        ctx.report('warning', `foreign key ${c.conname ?? ''} references ${written}, which ${why}`.replace('  ', ' '));
      }
      let referencedColumns = stringList(c.pk_attrs);
      if (referencedColumns.length === 0 && referenced?.primaryKey) referencedColumns = [...referenced.primaryKey.columns];
      if (referenced) checkReferencedTable(table, referenced, referencedColumns, c.pk_attrs === undefined);
      const name = c.conname ?? chooseConstraintName(ctx, table, nameAddition(columns), 'fkey', scope);
      const fk: ForeignKey = {
        name,
        columns,
        references,
        referencedColumns,
        onDelete: ACTIONS[c.fk_del_action ?? 'a'] ?? 'no-action',
        onUpdate: ACTIONS[c.fk_upd_action ?? 'a'] ?? 'no-action',
        match: MATCHES[c.fk_matchtype ?? 's'] ?? 'simple',
        notValid: Boolean(c.skip_validation),
        ...base,
      };
      const setColumns = stringList(c.fk_del_set_cols);
      if (setColumns.length > 0) fk.onDeleteColumns = setColumns;
      if (c.fk_with_period) {
        // Postgres requires PERIOD on both sides: on the referenced side it is implied when the
        // column list is left out (the temporal primary key's range column).
        if (c.pk_attrs !== undefined && !c.pk_with_period) throw new StatementError('foreign key uses PERIOD on the referencing table but not the referenced table');
        fk.period = true;
      } else if (c.pk_with_period) throw new StatementError('foreign key uses PERIOD on the referenced table but not the referencing table');
      table.foreignKeys.push(fk);
      ctx.names.addConstraint(table.schema, name);
      return true;
    }
    case 'CONSTR_CHECK': {
      const expression = deparseNode(c.raw_expr);
      const vars = referencedColumns(c.raw_expr);
      const name =
        c.conname ?? chooseConstraintName(ctx, table, vars.length === 1 ? vars[0] : undefined, 'check', scope);
      const check: CheckConstraint = {
        name,
        expression,
        notValid: Boolean(c.skip_validation),
        noInherit: Boolean(c.is_no_inherit),
        ...base,
      };
      addCheck(ctx, table, check, recurse);
      return true;
    }
    default:
      return false;
  }
}

/**
 * A primary key, unique constraint or unique index of a partitioned table must contain every
 * column of the partition key (Postgres can only enforce it partition by partition).
 */
export function checkCoversPartitionKey(table: Table, columns: (string | undefined)[], what: 'unique' | 'index'): void {
  for (const key of table.partitioning?.keys ?? []) {
    if (!key.column) throw new StatementError('unsupported UNIQUE constraint with partition key definition');
    if (!columns.includes(key.column)) {
      throw new StatementError(`${what === 'unique' ? 'unique constraint' : 'unique index'} on partitioned table must include all partitioning columns`);
    }
  }
}

/** The columns are those of a primary key, a unique constraint or a plain unique index. */
function isUniqueKey(table: Table, columns: string[]): boolean {
  const same = (keys: (string | undefined)[]) => keys.length === columns.length && keys.every((k) => k !== undefined && columns.includes(k));
  if (table.primaryKey && same(table.primaryKey.columns)) return true;
  if (table.uniqueConstraints.some((u) => same(u.columns))) return true;
  return table.indexes.some((ix) => ix.unique && !ix.where && same(ix.elements.map((e) => (e.expression ? undefined : e.column))));
}

/**
 * What Postgres checks of the referenced side before it adds a foreign key (the whole statement
 * fails otherwise): a permanent table may not point at a temporary one, and the referenced
 * columns must carry a primary key or a unique constraint or index. A key to the table being
 * created itself is left alone (its own keys are added after its foreign keys here).
 */
function checkReferencedTable(table: Table, referenced: Table, columns: string[], primaryKeyImplied: boolean): void {
  if (referenced.schema === TEMP_SCHEMA && table.schema !== TEMP_SCHEMA) {
    throw new StatementError('constraints on permanent tables may reference only permanent tables');
  }
  if (referenced === table) return;
  if (primaryKeyImplied && !referenced.primaryKey) throw new StatementError(`there is no primary key for referenced table "${referenced.name}"`);
  if (columns.length > 0 && !isUniqueKey(referenced, columns)) {
    throw new StatementError(`there is no unique constraint matching given keys for referenced table "${referenced.name}"`);
  }
}

function registerIndexName(ctx: ImportContext, table: Table, name: string): void {
  ctx.names.addKeyConstraint(table, name);
}

/**
 * Adds a CHECK to a table and, unless NO INHERIT, copies it to every child and partition, as
 * Postgres does (a child that already has a check of that name keeps its own).
 */
export function addCheck(ctx: ImportContext, table: Table, check: CheckConstraint, recurse = true): void {
  const existing = table.checks.find((x) => x.name === check.name);
  if (existing) existing.inherited = false;
  else table.checks.push(check);
  ctx.names.addConstraint(table.schema, check.name);
  if (check.noInherit || !recurse) return;
  for (const child of ctx.descendants(table)) {
    if (child.checks.some((x) => x.name === check.name)) continue;
    const { source: _source, ...copy } = check;
    child.checks.push({ ...copy, inherited: true });
    ctx.names.addConstraint(child.schema, check.name);
  }
}


const INDEX_CONSTRAINTS = new Set(['CONSTR_PRIMARY', 'CONSTR_UNIQUE', 'CONSTR_EXCLUSION']);

export function isIndexConstraint(c: Fields): boolean {
  return INDEX_CONSTRAINTS.has(c.contype);
}

/**
 * CREATE TABLE drops index constraints that repeat an earlier one (`UNIQUE PRIMARY KEY`, a
 * column UNIQUE and a table UNIQUE on the same column): definitions are compared, not names,
 * the primary key wins, and a dropped named one lends its name to an unnamed survivor
 * (transformIndexConstraints in parse_utilcmd.c). Returns them in the order Postgres names them.
 */
export function dedupeIndexConstraints(constraints: Fields[]): Fields[] {
  const signature = (c: Fields) =>
    JSON.stringify(withoutLocations([
      c.keys ?? [], c.including ?? [], c.where_clause ?? null, c.exclusions ?? null, c.access_method ?? null,
      Boolean(c.nulls_not_distinct), Boolean(c.deferrable), Boolean(c.initdeferred),
    ]));
  const primary = constraints.find((c) => c.contype === 'CONSTR_PRIMARY');
  const kept: Fields[] = primary ? [primary] : [];
  for (const c of constraints) {
    if (c === primary) continue;
    const prior = kept.find((k) => signature(k) === signature(c));
    if (!prior) {
      kept.push(c);
    } else if (!prior.conname && c.conname) {
      prior.conname = c.conname;
    }
  }
  return kept;
}
