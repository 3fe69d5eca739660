/**
 * What depends on what in a schema, as far as Postgres enforces it: the objects that make a DROP
 * fail with "other objects depend on it", or an ALTER COLUMN ... TYPE fail with "cannot alter
 * type of a column used by a view or rule" (and its siblings for policies, generated columns,
 * trigger conditions, SQL-standard function bodies). The planner drops these dependants before
 * the change and creates them again, from the target schema, after it.
 *
 * The graph is asked, not built: `dependantsOf*` look at the few objects that could depend on
 * the changed one (views whose dependsOn names the table, functions called by name...), and read
 * stored SQL through PostgreSQL's parser (references.ts). Where SQL cannot be read, the object
 * is taken to depend (a needless rebuild is safe; a missed one fails the migration).
 */
import type { RoutineRef } from '../changes/types';
import { keyOf, sameName } from '../model/names';
import type { Column, QualifiedName, RoutineDef, Schema, Table, TypeRef, View } from '../model/types';
import { expressionReferences, namesObject, type References, statementReferences } from './references';
import { appendAll } from '../lib/arrays';
import { plpgsqlDeclaredRelations } from './plpgsql-declarations';

export type Dependant =
  | { kind: 'view'; view: QualifiedName }
  | { kind: 'routine'; routine: RoutineRef }
  | { kind: 'policy'; table: QualifiedName; name: string }
  | { kind: 'trigger'; table: QualifiedName; name: string }
  | { kind: 'constraint'; table: QualifiedName; name: string }
  | { kind: 'index'; table: QualifiedName; name: string }
  /** A column's default expression. */
  | { kind: 'default'; table: QualifiedName; column: string }
  /** A generated column (dropped and added again: its values are derived). */
  | { kind: 'generated'; table: QualifiedName; column: string };

export function dependantId(d: Dependant): string {
  switch (d.kind) {
    case 'view':
      return `view ${keyOf(d.view)}`;
    case 'routine':
      return `routine ${keyOf(d.routine)}(${d.routine.signature})`;
    case 'default':
    case 'generated':
      return `${d.kind} ${keyOf(d.table)}.${d.column}`;
    default:
      return `${d.kind} ${keyOf(d.table)}|${d.name}`;
  }
}

const ref = (o: QualifiedName): QualifiedName => ({ schema: o.schema, name: o.name });

function mentions(refs: References | undefined, column: string): boolean {
  return !refs || refs.columns.has(column) || refs.columns.has('*');
}

function expressionMentions(expression: string | undefined, column: string): boolean {
  return expression !== undefined && mentions(expressionReferences(expression), column);
}

function viewReferences(view: View): References | undefined {
  return statementReferences(view.query);
}

/** The body a SQL function is parsed from: a SQL-standard body, or a string body in LANGUAGE sql. */
function routineReferences(routine: RoutineDef): References | undefined {
  if (routine.sqlBody) return statementReferences(`CREATE FUNCTION f() RETURNS void LANGUAGE sql ${routine.body}`);
  if (routine.language === 'sql') return statementReferences(routine.body);
  return { columns: new Set(), relations: [], functions: [], types: [], sequences: [] };
}

/**
 * Functions Postgres records dependencies for: SQL-standard bodies (BEGIN ATOMIC / RETURN) are
 * parsed and bound at creation. String bodies are not (they are only checked for existence of
 * what they name when check_function_bodies is on, at creation time).
 */
function bindsAtCreation(routine: RoutineDef): boolean {
  return Boolean(routine.sqlBody);
}

/**
 * The relations a function needs when it is created: those its SQL body names, those its
 * PL/pgSQL variables take row types from (check_function_bodies), those its signature uses.
 */
export function routineReadsRelations(schema: Schema, routine: RoutineDef): QualifiedName[] {
  const path = routine.config.search_path?.split(/\s*,\s*/) ?? ['public'];
  const relations = [...Object.values(schema.tables), ...Object.values(schema.views)];
  // PL/pgSQL: only its variables' types are resolved at creation (a table's row type among them).
  const names = !routine.sqlBody && routine.language.toLowerCase() === 'plpgsql' ? plpgsqlDeclaredRelations(routine.body) : !routine.sqlBody && routine.language !== 'sql' ? [] : routineReferences(routine)?.relations;
  // An argument or result of a relation's row type (`RETURNS SETOF orders`) needs it as well.
  const overRowType = (r: QualifiedName) => usesType(routine.returnType, r) || routine.arguments.some((a) => usesType(a.type, r));
  return relations.filter((r) => overRowType(r) || (names ?? []).some((n) => namesObject(n, r, path))).map(ref);
}

/**
 * The routines of `schema` a SQL function's body calls: they must exist when it is created (its
 * body is checked, or bound for a SQL-standard body).
 */
export function routineCallsRoutines(schema: Schema, routine: RoutineDef): RoutineDef[] {
  if (!routine.sqlBody && routine.language !== 'sql') return [];
  const refs = routineReferences(routine);
  if (!refs) return [];
  return Object.values(schema.routines).filter((r) => r !== routine && !sameName(r, routine) && refs.functions.some((f) => namesObject(f, r)));
}

function usesType(type: TypeRef | undefined, target: QualifiedName): boolean {
  return type !== undefined && type.schema === target.schema && type.name === target.name;
}

function routineRef(r: RoutineDef): RoutineRef {
  return { schema: r.schema, name: r.name, signature: r.signature };
}

/** Views (and materialized views) that read a relation; with `column`, only those naming it. */
export function viewsReading(schema: Schema, relation: QualifiedName, column?: string): View[] {
  return Object.values(schema.views).filter((v) => v.dependsOn.some((d) => sameName(d, relation)) && (column === undefined || mentions(viewReferences(v), column)));
}

/** Functions whose SQL-standard body reads a relation (naming `column`, when given). */
function routinesReading(schema: Schema, relation: QualifiedName, column?: string): RoutineDef[] {
  return Object.values(schema.routines).filter((r) => {
    if (!bindsAtCreation(r)) return false;
    const refs = routineReferences(r);
    if (!refs) return true;
    return refs.relations.some((n) => namesObject(n, relation)) && (column === undefined || mentions(refs, column));
  });
}

/** Functions over a relation's row type (`RETURNS SETOF v`, an argument of type v). */
function routinesOverRowType(schema: Schema, relation: QualifiedName): RoutineDef[] {
  return Object.values(schema.routines).filter((r) => usesType(r.returnType, relation) || r.arguments.some((a) => usesType(a.type, relation)));
}

/**
 * What must go before a column's type changes (`retype`) or the column is dropped (`drop`).
 * With `expressionsSurvive` false (the new type is of another family, or an enum or domain),
 * the column's own checks, indexes, exclusion constraints and foreign keys are dependants too:
 * Postgres rebuilds them after the change by re-reading their text against the new type, which
 * fails on a constant of the old type or an operator the new type lacks.
 */
export function dependantsOfColumn(schema: Schema, tableRef: QualifiedName, column: string, how: 'retype' | 'drop', expressionsSurvive = true): Dependant[] {
  const table = schema.tables[keyOf(tableRef)];
  if (!table) return [];
  const t = ref(table);
  const out: Dependant[] = [];
  for (const view of viewsReading(schema, t, column)) out.push({ kind: 'view', view: ref(view) });
  for (const routine of routinesReading(schema, t, column)) out.push({ kind: 'routine', routine: routineRef(routine) });
  for (const policy of table.policies) {
    if (expressionMentions(policy.using, column) || expressionMentions(policy.withCheck, column)) out.push({ kind: 'policy', table: t, name: policy.name });
  }
  for (const other of Object.values(schema.tables)) {
    if (other === table) continue;
    for (const policy of other.policies) {
      const refs = [policy.using, policy.withCheck].map((e) => (e === undefined ? undefined : expressionReferences(e)));
      if (refs.some((r) => r && r.relations.some((n) => namesObject(n, t)) && mentions(r, column))) out.push({ kind: 'policy', table: ref(other), name: policy.name });
    }
  }
  for (const trigger of table.triggers) {
    if (expressionMentions(trigger.when, column) || (how === 'retype' && trigger.updateColumns.includes(column))) out.push({ kind: 'trigger', table: t, name: trigger.name });
  }
  for (const other of table.columns) {
    if (other.name !== column && other.generated && expressionMentions(other.generated.expression, column)) out.push({ kind: 'generated', table: t, column: other.name });
  }
  // Keys another table's foreign key relies on go with the column (or are rebuilt against a
  // type the foreign key's columns cannot be compared with): those foreign keys must go first.
  if (how === 'drop' || !expressionsSurvive) for (const key of keysOn(table, column)) appendAll(out, dependantsOfKey(schema, t, key.columns));
  if (how === 'retype' && !expressionsSurvive) {
    for (const check of table.checks) if (!check.inherited && expressionMentions(check.expression, column)) out.push({ kind: 'constraint', table: t, name: check.name });
    for (const x of table.exclusions) if (x.elements.some((e) => e.column === column || expressionMentions(e.expression, column)) || expressionMentions(x.where, column)) out.push({ kind: 'constraint', table: t, name: x.name });
    for (const index of table.indexes) {
      if (index.partitionOf) continue;
      if (index.elements.some((e) => e.column === column || expressionMentions(e.expression, column)) || index.include.includes(column) || expressionMentions(index.where, column)) out.push({ kind: 'index', table: t, name: index.name });
    }
    for (const fk of table.foreignKeys) if (fk.columns.includes(column)) out.push({ kind: 'constraint', table: t, name: fk.name });
  }
  return out;
}

/**
 * The table's own keys, checks, exclusion constraints, foreign keys and indexes that use the
 * column: Postgres drops them with it, so a column dropped to be added again needs them back.
 */
export function objectsOnColumn(schema: Schema, tableRef: QualifiedName, column: string): Dependant[] {
  const table = schema.tables[keyOf(tableRef)];
  if (!table) return [];
  const t = ref(table);
  const constraint = (name: string): Dependant => ({ kind: 'constraint', table: t, name });
  const out: Dependant[] = [];
  if (table.primaryKey?.columns.includes(column) || table.primaryKey?.include.includes(column)) out.push(constraint(table.primaryKey.name));
  for (const u of table.uniqueConstraints) if (u.columns.includes(column) || u.include.includes(column)) out.push(constraint(u.name));
  for (const fk of table.foreignKeys) if (fk.columns.includes(column)) out.push(constraint(fk.name));
  for (const check of table.checks) if (!check.inherited && expressionMentions(check.expression, column)) out.push(constraint(check.name));
  for (const x of table.exclusions) if (x.elements.some((e) => e.column === column || expressionMentions(e.expression, column)) || expressionMentions(x.where, column)) out.push(constraint(x.name));
  for (const index of table.indexes) {
    if (index.partitionOf) continue;
    if (index.elements.some((e) => e.column === column || expressionMentions(e.expression, column)) || index.include.includes(column) || expressionMentions(index.where, column)) out.push({ kind: 'index', table: t, name: index.name });
  }
  return out;
}

/** Primary and unique keys, and unique indexes, whose columns include `column`. */
function keysOn(table: Table, column: string): { columns: string[] }[] {
  return [
    ...(table.primaryKey ? [table.primaryKey] : []),
    ...table.uniqueConstraints,
    ...table.indexes.filter((ix) => ix.unique && !ix.where && ix.elements.every((e) => e.column)).map((ix) => ({ columns: ix.elements.map((e) => e.column!) })),
  ].filter((k) => k.columns.includes(column));
}

/**
 * Foreign keys that rely on a unique key of `table` over exactly these columns (Postgres binds a
 * foreign key to the unique index that matches its referenced columns, in any order).
 */
export function dependantsOfKey(schema: Schema, tableRef: QualifiedName, columns: string[]): Dependant[] {
  const table = schema.tables[keyOf(tableRef)];
  const sorted = [...columns].sort().join('\u0000');
  const out: Dependant[] = [];
  for (const other of Object.values(schema.tables)) {
    for (const fk of other.foreignKeys) {
      // A partition's clone of its parent's foreign key goes with the parent's (Postgres refuses
      // to drop the clone alone).
      if (fk.partitionOf || !sameName(fk.references, tableRef)) continue;
      const referenced = fk.referencedColumns.length > 0 ? fk.referencedColumns : (table?.primaryKey?.columns ?? []);
      if ([...referenced].sort().join('\u0000') === sorted) out.push({ kind: 'constraint', table: ref(other), name: fk.name });
    }
  }
  return out;
}

/** What must go before a view or table is dropped (or a view dropped to be created anew). */
export function dependantsOfRelation(schema: Schema, relation: QualifiedName): Dependant[] {
  return [
    ...viewsReading(schema, relation).map((v): Dependant => ({ kind: 'view', view: ref(v) })),
    ...[...routinesReading(schema, relation), ...routinesOverRowType(schema, relation)].map((r): Dependant => ({ kind: 'routine', routine: routineRef(r) })),
  ];
}

function calls(refs: References | undefined, routine: RoutineDef): boolean {
  return !refs || refs.functions.some((f) => namesObject(f, routine));
}

function expressionCalls(expression: string | undefined, routine: RoutineDef): boolean {
  return expression !== undefined && calls(expressionReferences(expression), routine);
}

/** What must go before a function is dropped (to be created anew with another result type). */
export function dependantsOfRoutine(schema: Schema, routineKey: RoutineRef): Dependant[] {
  const routine = schema.routines[`${keyOf(routineKey)}(${routineKey.signature})`];
  if (!routine) return [];
  const out: Dependant[] = [];
  for (const table of Object.values(schema.tables)) {
    const t = ref(table);
    // A partition's clone of a parent's row trigger goes and comes back with the parent's.
    for (const trigger of table.triggers) if (!trigger.partitionOf && sameName(trigger.function, routine)) out.push({ kind: 'trigger', table: t, name: trigger.name });
    for (const policy of table.policies) if (expressionCalls(policy.using, routine) || expressionCalls(policy.withCheck, routine)) out.push({ kind: 'policy', table: t, name: policy.name });
    for (const column of table.columns) {
      if (column.inherited) continue;
      if (expressionCalls(column.default, routine)) out.push({ kind: 'default', table: t, column: column.name });
      if (column.generated && expressionCalls(column.generated.expression, routine)) out.push({ kind: 'generated', table: t, column: column.name });
    }
    for (const check of table.checks) if (!check.inherited && expressionCalls(check.expression, routine)) out.push({ kind: 'constraint', table: t, name: check.name });
    for (const index of table.indexes) {
      if (!index.partitionOf && (index.elements.some((e) => expressionCalls(e.expression, routine)) || expressionCalls(index.where, routine))) out.push({ kind: 'index', table: t, name: index.name });
    }
  }
  for (const view of Object.values(schema.views)) {
    for (const trigger of view.triggers) if (sameName(trigger.function, routine)) out.push({ kind: 'trigger', table: ref(view), name: trigger.name });
    if (calls(viewReferences(view), routine)) out.push({ kind: 'view', view: ref(view) });
  }
  for (const other of Object.values(schema.routines)) {
    if (other !== routine && bindsAtCreation(other) && calls(routineReferences(other), routine)) out.push({ kind: 'routine', routine: routineRef(other) });
  }
  return out;
}

/**
 * Dependants of dependants: a view over a rebuilt view, a foreign key to a key of a rebuilt
 * generated column... until nothing new turns up. The result lists each once, in discovery order.
 */
export function withTransitiveDependants(schema: Schema, first: Dependant[]): Dependant[] {
  const seen = new Map<string, Dependant>();
  const queue = [...first];
  while (queue.length > 0) {
    const d = queue.shift()!;
    const id = dependantId(d);
    if (seen.has(id)) continue;
    seen.set(id, d);
    switch (d.kind) {
      case 'view':
        appendAll(queue, dependantsOfRelation(schema, d.view));
        break;
      case 'routine':
        appendAll(queue, dependantsOfRoutine(schema, d.routine));
        break;
      case 'generated':
        appendAll(queue, dependantsOfColumn(schema, d.table, d.column, 'drop'));
        break;
      case 'constraint': {
        const table = schema.tables[keyOf(d.table)];
        const key = table?.primaryKey?.name === d.name ? table.primaryKey : table?.uniqueConstraints.find((u) => u.name === d.name);
        if (key) appendAll(queue, dependantsOfKey(schema, d.table, key.columns));
        break;
      }
      case 'index': {
        const index = schema.tables[keyOf(d.table)]?.indexes.find((ix) => ix.name === d.name);
        if (index?.unique && !index.where && index.elements.every((e) => e.column)) appendAll(queue, dependantsOfKey(schema, d.table, index.elements.map((e) => e.column!)));
        break;
      }
      default:
        break;
    }
  }
  return [...seen.values()];
}

/** Columns of any table whose type is `type` (directly, as an array, or through a domain over it). */
export function columnsOfType(schema: Schema, type: QualifiedName): { table: Table; column: Column }[] {
  const domains = Object.values(schema.types).filter((t) => t.kind === 'domain' && usesType(t.baseType, type));
  const matches = (t: TypeRef) => usesType(t, type) || domains.some((d) => usesType(t, d));
  const out: { table: Table; column: Column }[] = [];
  for (const table of Object.values(schema.tables)) for (const column of table.columns) if (!column.inherited && matches(column.type)) out.push({ table, column });
  return out;
}

/**
 * What must go before a composite type's attributes change: functions whose body Postgres checks
 * against the attributes when it creates them (LANGUAGE sql, a SQL-standard body): a row cast to
 * the type, a result of the type, an attribute read. Dropped before the change and created after
 * it, each is checked against the attributes it was written for, going up and going down.
 */
export function dependantsOfComposite(schema: Schema, type: QualifiedName): Dependant[] {
  return Object.values(schema.routines)
    .filter((r) => (r.sqlBody || r.language.toLowerCase() === 'sql') && (usesType(r.returnType, type) || r.arguments.some((a) => usesType(a.type, type)) || castsTo(routineReferences(r), type, r)))
    .map((r): Dependant => ({ kind: 'routine', routine: routineRef(r) }));
}

function castsTo(refs: References | undefined, type: QualifiedName, routine: RoutineDef): boolean {
  const path = routine.config.search_path?.split(/\s*,\s*/) ?? ['public'];
  return !refs || refs.types.some((n) => namesObject(n, type, path));
}

/** Functions whose arguments or result are of `type` (they name the type by its identity). */
export function routinesOfType(schema: Schema, type: QualifiedName): RoutineDef[] {
  return Object.values(schema.routines).filter((r) => usesType(r.returnType, type) || r.arguments.some((a) => usesType(a.type, type)));
}
