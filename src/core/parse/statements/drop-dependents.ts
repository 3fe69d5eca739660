/**
 * What a DROP takes with it, by Postgres's dependency rules (pg_depend): the objects named go
 * together (`DROP TABLE parent, child` needs no CASCADE); objects that depend on them
 * automatically (partitions, owned sequences, a column's indexes and constraints) always go;
 * objects that depend on them normally (inheritance children, views, foreign keys from other
 * tables, columns of a dropped type, defaults calling a dropped sequence, functions over a
 * dropped type, triggers calling a dropped function, a schema's contents) go with CASCADE, and
 * without it the whole statement fails and nothing changes.
 */
import { keyOf, sameName } from '../../model/names';
import type { CompositeType, QualifiedName, RoutineDef, Sequence, Table, TypeRef, UserType, View } from '../../model/types';
import type { ImportContext } from '../context';
import { removeColumnAndDependents } from './alter-column';
import { expressionUsesColumn } from './expressions';
import { removeClones } from './partition-clones';
import { appendAll } from '../../lib/arrays';

export type DropTarget =
  | { kind: 'table'; table: Table }
  | { kind: 'view'; view: View }
  | { kind: 'sequence'; sequence: Sequence }
  | { kind: 'type'; type: UserType }
  | { kind: 'routine'; key: string; routine: RoutineDef }
  | { kind: 'column'; table: Table; column: string }
  | { kind: 'constraint'; table: Table; name: string }
  | { kind: 'trigger'; owner: Table | View; name: string }
  | { kind: 'policy'; table: Table; name: string }
  | { kind: 'default'; table: Table; column: string }
  | { kind: 'attribute'; type: CompositeType; name: string }
  | { kind: 'schema'; name: string };

interface Dependent {
  target: DropTarget;
  /** Goes without CASCADE (DEPENDENCY_AUTO / INTERNAL). */
  auto: boolean;
}

function ref(object: QualifiedName): string {
  return keyOf(object);
}

export function targetId(t: DropTarget): string {
  switch (t.kind) {
    case 'table':
      return `table ${ref(t.table)}`;
    case 'view':
      return `view ${ref(t.view)}`;
    case 'sequence':
      return `sequence ${ref(t.sequence)}`;
    case 'type':
      return `type ${ref(t.type)}`;
    case 'routine':
      return `routine ${t.key}`;
    case 'column':
    case 'default':
      return `${t.kind} ${ref(t.table)}.${t.column}`;
    case 'constraint':
    case 'policy':
      return `${t.kind} ${ref(t.table)}.${t.name}`;
    case 'trigger':
      return `trigger ${ref(t.owner)}.${t.name}`;
    case 'attribute':
      return `attribute ${ref(t.type)}.${t.name}`;
    case 'schema':
      return `schema ${t.name}`;
  }
}

/** The object in Postgres's words: `table p`, `column a of table t`, `default value for column a of table t`. */
export function describeTarget(t: DropTarget): string {
  switch (t.kind) {
    case 'table':
      return `table ${t.table.name}`;
    case 'view':
      return `${t.view.materialized ? 'materialized view' : 'view'} ${t.view.name}`;
    case 'sequence':
      return `sequence ${t.sequence.name}`;
    case 'type':
      return `${t.type.kind === 'domain' ? 'type' : 'type'} ${t.type.name}`;
    case 'routine':
      return `function ${t.routine.name}(${t.routine.signature})`;
    case 'column':
      return `column ${t.column} of table ${t.table.name}`;
    case 'default':
      return `default value for column ${t.column} of table ${t.table.name}`;
    case 'constraint':
      return `constraint ${t.name} on table ${t.table.name}`;
    case 'trigger':
      return `trigger ${t.name} on table ${t.owner.name}`;
    case 'policy':
      return `policy ${t.name} on table ${t.table.name}`;
    case 'attribute':
      return `column ${t.name} of composite type ${t.type.name}`;
    case 'schema':
      return `schema ${t.name}`;
  }
}

function usesType(type: TypeRef, target: QualifiedName): boolean {
  return type.schema === target.schema && type.name === target.name;
}

function routineUsesType(routine: RoutineDef, target: QualifiedName): boolean {
  return routine.arguments.some((a) => usesType(a.type, target)) || (routine.returnType !== undefined && usesType(routine.returnType, target));
}

/** `nextval('s'::regclass)` of this sequence in a default (the model keeps it qualified). */
function callsSequence(expression: string | undefined, sequence: Sequence): boolean {
  if (!expression?.includes('nextval')) return false;
  return expression.includes(`'${ref(sequence).replace(/'/g, "''")}'`);
}

/**
 * Lookups a DROP makes more than a few times in one statement (a schema's or a table's cascade)
 * are answered from a map built once; a first few are answered by a scan, which allocates
 * nothing. A migration history drops a column or a view hundreds of times (lemmy), and building
 * the maps over every table for each of those single lookups was 5% of its import.
 */
const SCANS_BEFORE_INDEX = 4;

/** Finds what depends on what, for one statement. */
class Dependencies {
  private viewReaders: Map<string, View[]> | undefined;
  private referencing: Map<string, { table: Table; name: string; columns: string[] }[]> | undefined;
  private readerLookups = 0;
  private keyLookups = 0;

  constructor(private readonly ctx: ImportContext) {}

  private readersOf(relation: QualifiedName): View[] {
    if (!this.viewReaders && ++this.readerLookups <= SCANS_BEFORE_INDEX) {
      return Object.values(this.ctx.schema.views).filter((view) => view.dependsOn.some((d) => sameName(d, relation)));
    }
    if (!this.viewReaders) {
      this.viewReaders = new Map();
      for (const view of Object.values(this.ctx.schema.views)) {
        for (const dependency of view.dependsOn) {
          const list = this.viewReaders.get(ref(dependency)) ?? [];
          list.push(view);
          this.viewReaders.set(ref(dependency), list);
        }
      }
    }
    return this.viewReaders.get(ref(relation)) ?? [];
  }

  /** Foreign keys of any table that point at `table` (its own included). */
  private keysTo(table: Table): { table: Table; name: string; columns: string[] }[] {
    if (!this.referencing && ++this.keyLookups <= SCANS_BEFORE_INDEX) {
      const found: { table: Table; name: string; columns: string[] }[] = [];
      for (const other of Object.values(this.ctx.schema.tables)) {
        for (const fk of other.foreignKeys) if (sameName(fk.references, table)) found.push({ table: other, name: fk.name, columns: fk.referencedColumns });
      }
      return found;
    }
    if (!this.referencing) {
      this.referencing = new Map();
      for (const other of Object.values(this.ctx.schema.tables)) {
        for (const fk of other.foreignKeys) {
          const list = this.referencing.get(ref(fk.references)) ?? [];
          list.push({ table: other, name: fk.name, columns: fk.referencedColumns });
          this.referencing.set(ref(fk.references), list);
        }
      }
    }
    return this.referencing.get(ref(table)) ?? [];
  }

  /** Columns, attributes, domains, ranges, typed tables and functions over a type (or a row type). */
  private typeUsers(target: QualifiedName): Dependent[] {
    const result: Dependent[] = [];
    const { schema } = this.ctx;
    for (const table of Object.values(schema.tables)) {
      if (table.ofType && sameName(table.ofType, target)) result.push({ target: { kind: 'table', table }, auto: false });
      for (const column of table.columns) {
        if (usesType(column.type, target)) result.push({ target: { kind: 'column', table, column: column.name }, auto: false });
      }
    }
    for (const type of Object.values(schema.types)) {
      if (type.kind === 'domain' && usesType(type.baseType, target)) result.push({ target: { kind: 'type', type }, auto: false });
      if (type.kind === 'range' && type.subtype && usesType(type.subtype, target)) result.push({ target: { kind: 'type', type }, auto: false });
      if (type.kind === 'composite') {
        for (const attribute of type.attributes) {
          if (usesType(attribute.type, target)) result.push({ target: { kind: 'attribute', type, name: attribute.name }, auto: false });
        }
      }
    }
    for (const [key, routine] of Object.entries(schema.routines)) {
      if (routineUsesType(routine, target)) result.push({ target: { kind: 'routine', key, routine }, auto: false });
    }
    return result;
  }

  of(target: DropTarget): Dependent[] {
    const { schema } = this.ctx;
    switch (target.kind) {
      case 'table': {
        const { table } = target;
        const result: Dependent[] = [];
        for (const child of this.ctx.names.childrenOf(table)) {
          if (schema.tables[ref(child)] !== child) continue;
          // Partitions go with their parent; inheritance children need CASCADE.
          result.push({ target: { kind: 'table', table: child }, auto: Boolean(child.partitionOf) });
        }
        for (const view of this.readersOf(table)) result.push({ target: { kind: 'view', view }, auto: false });
        for (const fk of this.keysTo(table)) {
          if (fk.table !== table) result.push({ target: { kind: 'constraint', table: fk.table, name: fk.name }, auto: false });
        }
        for (const sequence of Object.values(schema.sequences)) {
          if (sequence.ownedBy && sameName(sequence.ownedBy.table, table)) result.push({ target: { kind: 'sequence', sequence }, auto: true });
        }
        appendAll(result, this.typeUsers(table));
        return result;
      }
      case 'view':
        return [...this.readersOf(target.view).map((view) => ({ target: { kind: 'view', view } as DropTarget, auto: false })), ...this.typeUsers(target.view)];
      case 'sequence': {
        const result: Dependent[] = this.readersOf(target.sequence).map((view) => ({ target: { kind: 'view', view }, auto: false }));
        for (const table of Object.values(schema.tables)) {
          for (const column of table.columns) {
            if (callsSequence(column.default, target.sequence)) result.push({ target: { kind: 'default', table, column: column.name }, auto: false });
          }
        }
        return result;
      }
      case 'type':
        return this.typeUsers(target.type);
      case 'routine': {
        const result: Dependent[] = [];
        for (const owner of [...Object.values(schema.tables), ...Object.values(schema.views)]) {
          for (const trigger of owner.triggers) {
            if (sameName(trigger.function, target.routine)) result.push({ target: { kind: 'trigger', owner, name: trigger.name }, auto: false });
          }
        }
        return result;
      }
      case 'column':
        return this.columnDependents(target.table, target.column);
      case 'constraint': {
        const { table } = target;
        const key = table.primaryKey?.name === target.name ? table.primaryKey : table.uniqueConstraints.find((u) => u.name === target.name);
        if (!key) return [];
        return this.keysTo(table)
          .filter((fk) => fk.columns.join(',') === key.columns.join(','))
          .map((fk) => ({ target: { kind: 'constraint', table: fk.table, name: fk.name }, auto: false }));
      }
      case 'schema': {
        const result: Dependent[] = [];
        const inSchema = (o: { schema: string }) => o.schema === target.name;
        for (const table of Object.values(schema.tables)) if (inSchema(table)) result.push({ target: { kind: 'table', table }, auto: false });
        for (const view of Object.values(schema.views)) if (inSchema(view)) result.push({ target: { kind: 'view', view }, auto: false });
        for (const sequence of Object.values(schema.sequences)) if (inSchema(sequence)) result.push({ target: { kind: 'sequence', sequence }, auto: false });
        for (const type of Object.values(schema.types)) if (inSchema(type)) result.push({ target: { kind: 'type', type }, auto: false });
        for (const [key, routine] of Object.entries(schema.routines)) if (inSchema(routine)) result.push({ target: { kind: 'routine', key, routine }, auto: false });
        return result;
      }
      default:
        return [];
    }
  }

  /**
   * A column's normal dependents (its indexes and constraints go with it and need no CASCADE):
   * generated columns computed from it, policies and triggers that read it, views that read
   * it, other tables' foreign keys to it.
   */
  private columnDependents(table: Table, column: string): Dependent[] {
    const result: Dependent[] = [];
    for (const other of table.columns) {
      if (other.name !== column && other.generated && expressionUsesColumn(other.generated.expression, column)) {
        result.push({ target: { kind: 'column', table, column: other.name }, auto: false });
      }
    }
    for (const policy of table.policies) {
      if ([policy.using, policy.withCheck].some((e) => e !== undefined && expressionUsesColumn(e, column))) {
        result.push({ target: { kind: 'policy', table, name: policy.name }, auto: false });
      }
    }
    for (const trigger of table.triggers) {
      if (trigger.updateColumns.includes(column) || (trigger.when !== undefined && expressionUsesColumn(trigger.when, column))) {
        result.push({ target: { kind: 'trigger', owner: table, name: trigger.name }, auto: false });
      }
    }
    for (const view of this.readersOf(table)) {
      const reads = view.readsColumns?.find((r) => sameName(r.relation, table));
      if (reads?.columns.includes(column)) result.push({ target: { kind: 'view', view }, auto: false });
    }
    for (const fk of this.keysTo(table)) {
      if (fk.columns.includes(column) && !(fk.table === table)) result.push({ target: { kind: 'constraint', table: fk.table, name: fk.name }, auto: false });
    }
    // A foreign key of this very table to itself that uses the column as a referenced one.
    for (const fk of table.foreignKeys) {
      if (sameName(fk.references, table) && fk.referencedColumns.includes(column) && !fk.columns.includes(column)) {
        result.push({ target: { kind: 'constraint', table, name: fk.name }, auto: false });
      }
    }
    return result;
  }
}

/** The table or view a column, default, constraint, trigger or policy belongs to. */
function partOf(target: DropTarget): DropTarget | undefined {
  switch (target.kind) {
    case 'column':
    case 'default':
    case 'constraint':
    case 'policy':
      return { kind: 'table', table: target.table };
    case 'trigger':
      return 'uniqueConstraints' in target.owner ? { kind: 'table', table: target.owner } : { kind: 'view', view: target.owner as View };
    case 'attribute':
      return { kind: 'type', type: target.type };
    default:
      return undefined;
  }
}

export interface DropOutcome {
  /** Everything dropped, named objects first. */
  dropped: DropTarget[];
  /** Set when the drop was refused (then nothing was dropped). */
  refusal?: string;
}

/**
 * Works out everything `targets` take with them; unless refused (a normal dependent without
 * CASCADE), drops it all from the model.
 */
export function dropWithDependents(ctx: ImportContext, targets: DropTarget[], cascade: boolean): DropOutcome {
  const dependencies = new Dependencies(ctx);
  const chosen = new Map<string, DropTarget>();
  for (const target of targets) chosen.set(targetId(target), target);
  const queue = [...chosen.values()];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const dependent of dependencies.of(current)) {
      const id = targetId(dependent.target);
      if (chosen.has(id)) continue;
      // A part of a relation that goes anyway (a dropped table's own default on its sequence).
      const owner = partOf(dependent.target);
      if (owner && chosen.has(targetId(owner))) continue;
      if (!dependent.auto && !cascade) {
        const named = targets.length === 1 ? describeTarget(targets[0]!) : 'desired object(s)';
        return {
          dropped: [],
          refusal: `cannot drop ${named} because other objects depend on it (${describeTarget(dependent.target)} depends on ${describeTarget(current)}); use CASCADE to drop them too`,
        };
      }
      chosen.set(id, dependent.target);
      queue.push(dependent.target);
    }
  }
  const dropped = [...chosen.values()];
  applyDrops(ctx, dropped);
  return { dropped };
}

function applyDrops(ctx: ImportContext, dropped: DropTarget[]): void {
  const { schema } = ctx;
  const goneTables = new Set(dropped.filter((t) => t.kind === 'table').map((t) => (t as { table: Table }).table));
  const gone = (table: Table) => goneTables.has(table);
  for (const target of dropped) {
    switch (target.kind) {
      case 'table':
        delete schema.tables[ref(target.table)];
        break;
      case 'view':
        delete schema.views[ref(target.view)];
        ctx.pendingViewQueries.delete(target.view);
        break;
      case 'sequence':
        delete schema.sequences[ref(target.sequence)];
        break;
      case 'type':
        delete schema.types[ref(target.type)];
        break;
      case 'routine':
        delete schema.routines[target.key];
        break;
      case 'column':
        if (!gone(target.table)) removeColumnAndDependents(ctx, target.table, target.column);
        break;
      case 'default': {
        const column = target.table.columns.find((c) => c.name === target.column);
        if (column) delete column.default;
        break;
      }
      case 'constraint': {
        const t = target.table;
        if (gone(t)) break;
        if (t.primaryKey?.name === target.name) delete t.primaryKey;
        t.uniqueConstraints = t.uniqueConstraints.filter((c) => c.name !== target.name);
        const fk = t.foreignKeys.find((c) => c.name === target.name);
        if (fk) {
          t.foreignKeys = t.foreignKeys.filter((c) => c !== fk);
          removeClones(ctx, t, { fk });
        }
        t.checks = t.checks.filter((c) => c.name !== target.name);
        t.exclusions = t.exclusions.filter((c) => c.name !== target.name);
        break;
      }
      case 'trigger':
        target.owner.triggers = target.owner.triggers.filter((t) => t.name !== target.name);
        break;
      case 'policy':
        target.table.policies = target.table.policies.filter((p) => p.name !== target.name);
        break;
      case 'attribute':
        target.type.attributes = target.type.attributes.filter((a) => a.name !== target.name);
        break;
      case 'schema':
        delete schema.namespaces[target.name];
        for (const [key, object] of Object.entries(schema.opaque)) if (object.schema === target.name) delete schema.opaque[key];
        break;
    }
  }
  // Foreign keys into a dropped table from tables that stay were chosen above; those of tables
  // that go need nothing. Names and parents changed: every lookup is rebuilt.
  ctx.names.invalidate();
}
