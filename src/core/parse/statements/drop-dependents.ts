/**
 * What a DROP takes with it, by Postgres's dependency rules (pg_depend): the objects named go
 * together (`DROP TABLE parent, child` needs no CASCADE); objects that depend on them
 * automatically (partitions, owned sequences, a column's indexes and constraints) always go;
 * objects that depend on them normally (inheritance children, views, foreign keys from other
 * tables, columns of a dropped type, defaults calling a dropped sequence, functions over a
 * dropped type, triggers calling a dropped function, a schema's contents) go with CASCADE, and
 * without it the whole statement fails and nothing changes.
 */
import { keyOf } from '../../model/names';
import type { CompositeType, QualifiedName, RoutineDef, Sequence, Table, UserType, View } from '../../model/types';
import type { ImportContext } from '../context';
import { removeColumnAndDependents } from './alter-column';
import { removeClones } from './partition-clones';
import { Dependencies } from './drop-lookups';

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

export interface Dependent {
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
