/**
 * What depends on an object a DROP names, by Postgres's dependency rules (pg_depend), over the
 * model as it is at the statement (drop-dependents.ts decides what goes and applies it).
 */
import { keyOf, sameName } from '../../model/names';
import type { QualifiedName, RoutineDef, Sequence, Table, TypeRef, View } from '../../model/types';
import type { ImportContext } from '../context';
import type { Dependent, DropTarget } from './drop-dependents';
import { expressionUsesColumn } from './expressions';
import { appendAll } from '../../lib/arrays';

function ref(object: QualifiedName): string {
  return keyOf(object);
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
export class Dependencies {
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
