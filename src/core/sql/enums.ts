/**
 * Enum changes Postgres cannot make in place (a label removed, labels reordered) and the down
 * migration of `ADD VALUE`: the type is created anew. The old type is renamed out of the way,
 * the new one created, every column of the type converted through its label text
 * (`USING c::text::new_type`, with its default, indexes and views around it), the old type
 * dropped. Before anything changes, a DO block refuses the migration, naming the rows' column
 * and the labels, when rows still hold a label that goes away.
 */
import type { SchemaChange } from '../changes/types';
import { formatType } from '../model/format-type';
import { keyOf, sameName } from '../model/names';
import { dollarQuote, quoteIdent, quoteLiteral, quoteQualified, sqlFragment } from './safe-text';
import type { Column, EnumType, QualifiedName, RoutineDef, Schema, Table, View } from '../model/types';
import { columnsOfType, type Dependant, dependantsOfColumn, dependantsOfRoutine, routinesOfType, withTransitiveDependants } from './dependencies';
import { namesObject, statementReferences } from './references';
import { topological } from './order';
import type { Phase } from './plan-types';
import { signatureSql, typeSql } from './print-schema';

/** A free name for the old type while the new one takes its name. */
function asideName(schema: Schema, type: QualifiedName): QualifiedName {
  let name = `${type.name}__old`.slice(0, 63);
  for (let i = 1; schema.types[keyOf({ schema: type.schema, name })] || schema.tables[keyOf({ schema: type.schema, name })]; i++) name = `${type.name}__old${i}`.slice(0, 63);
  return { schema: type.schema, name };
}

/** The DO block that stops the migration while rows hold labels it removes. */
export function removedLabelsGuard(type: QualifiedName, removed: string[], columns: { table: Table; column: Column }[]): string | undefined {
  if (removed.length === 0 || columns.length === 0) return undefined;
  const labels = `ARRAY[${removed.map(quoteLiteral).join(', ')}]::text[]`;
  const checks = columns.map(({ table, column }) => {
    const c = quoteIdent(column.name);
    const holds = column.type.arrayDims > 0 ? `${c}::text[] && ${labels}` : `${c}::text = ANY (${labels})`;
    const message = `Refused: ${table.schema}.${table.name}.${column.name} still holds labels that ${type.schema}.${type.name} loses (${removed.join(', ')}): change or delete those rows first`;
    return `  IF EXISTS (SELECT 1 FROM ${quoteQualified(table)} WHERE ${holds}) THEN\n    RAISE EXCEPTION ${quoteLiteral(message.replace(/%/g, '%%'))};\n  END IF;`;
  });
  return `DO ${dollarQuote(`\nBEGIN\n${checks.join('\n')}\nEND\n`, 'guard')};`;
}

function convert(column: Column, type: QualifiedName): { type: Column['type']; using: string } {
  const target = { schema: type.schema, name: type.name, modifiers: [], arrayDims: column.type.arrayDims };
  const text = column.type.arrayDims > 0 ? `text${'[]'.repeat(column.type.arrayDims)}` : 'text';
  return { type: target, using: `${quoteIdent(column.name)}::${text}::${formatType(target)}` };
}

/**
 * Drop + add of an enum becomes the recreation; a refusal when a domain is over it (its
 * columns would have to change type through the domain).
 */
export function recreateEnums(base: Schema, to: Schema, changes: SchemaChange[], phases: Map<SchemaChange, Phase>, refusals: string[]): SchemaChange[] {
  const out: SchemaChange[] = [];
  const tail: SchemaChange[] = [];
  const handled = new Set<SchemaChange>();
  for (const change of changes) {
    if (handled.has(change)) continue;
    if (change.kind !== 'drop-type') {
      out.push(change);
      continue;
    }
    const before = base.types[keyOf(change.type)];
    const add = changes.find((c): c is Extract<SchemaChange, { kind: 'add-type' }> => c.kind === 'add-type' && sameName(c.type, change.type));
    const next = add?.type;
    if (before?.kind !== 'enum' || !add || next?.kind !== 'enum') {
      out.push(change);
      continue;
    }
    handled.add(add);
    const domain = Object.values(base.types).find((t) => t.kind === 'domain' && t.baseType.schema === before.schema && t.baseType.name === before.name);
    if (domain) {
      refusals.push(`enum ${before.schema}.${before.name} loses or reorders labels, and domain ${domain.schema}.${domain.name} is over it: Postgres cannot convert columns through the domain. Change the domain's columns to the enum first (or give the enum only new labels), then run the migration`);
      continue;
    }
    const aside = asideName(base, before);
    const columns = columnsOfType(base, before);
    const removed = before.values.filter((v) => !next.values.includes(v));
    const guard = removedLabelsGuard(before, removed, columns);
    if (guard && columns[0]) {
      const check: SchemaChange = { kind: 'data-migration', description: `Refuse the migration while rows hold labels ${before.name} loses (${removed.join(', ')})`, table: columns[0].table, sql: guard, reverseSql: '' };
      phases.set(check, 'guards');
      out.push(check);
    }
    out.push({ kind: 'rename-type', type: { schema: before.schema, name: before.name }, newName: aside.name });
    out.push(add);
    for (const { table, column } of columns) {
      const target = to.tables[keyOf(table)]?.columns.find((c) => c.name === column.name);
      if (!target) continue;
      out.push({ kind: 'alter-column', table: { schema: table.schema, name: table.name }, column: column.name, set: convert(column, before) });
    }
    // Functions over the old type follow it by identity: they are created anew over the new one.
    for (const routine of routinesOfType(base, before)) {
      const ref = { schema: routine.schema, name: routine.name, signature: routine.signature };
      const drop: SchemaChange = { kind: 'drop-routine', routine: ref };
      phases.set(drop, 'drop-views');
      out.push(drop);
      const again = to.routines[`${keyOf(routine)}(${routine.signature})`];
      if (again) tail.push({ kind: 'add-routine', routine: again });
    }
    tail.push({ kind: 'drop-type', type: aside });
  }
  return [...out, ...tail];
}

/**
 * The down migration of `ADD VALUE`: the type created again without the label (the same steps
 * as above, as one script), or undefined when columns of the type have dependants (views,
 * indexes...) that a single script cannot carry: the label then stays.
 */
export function enumWithoutValueSql(schema: Schema, type: EnumType, value: string, recreate: Recreate): string | undefined {
  const columns = columnsOfType(schema, type);
  const around = objectsAround(schema, type, columns);
  if (!around) return undefined;
  if (Object.values(schema.types).some((t) => t.kind === 'domain' && t.baseType.schema === type.schema && t.baseType.name === type.name)) return undefined;
  const aside = asideName(schema, type);
  const guard = removedLabelsGuard(type, [value], columns);
  const t = quoteQualified(type);
  // Views over the columns (or naming the type) and functions of the type hold on to the old
  // type: they go first, dependants first, and come back over the new one at the end.
  const drops = [...around.views].reverse().map((v) => `DROP ${v.materialized ? 'MATERIALIZED VIEW' : 'VIEW'} ${quoteQualified(v)};`);
  for (const r of around.routines) drops.push(`DROP ${r.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${quoteQualified(r)}(${signatureSql(r)});`);
  const lines = [...(guard ? [guard] : []), ...drops, `ALTER TYPE ${t} RENAME TO ${quoteIdent(aside.name)};`, typeSql({ ...type, values: type.values.filter((v) => v !== value) })!];
  for (const { table, column } of columns) {
    const at = `ALTER TABLE ${quoteQualified(table)} ALTER COLUMN ${quoteIdent(column.name)}`;
    const { type: target, using } = convert(column, type);
    if (column.default !== undefined) lines.push(`${at} DROP DEFAULT;`);
    lines.push(`${at} TYPE ${formatType(target)} USING ${using};`);
    if (column.default !== undefined) lines.push(`${at} SET DEFAULT ${sqlFragment(column.default, `the default of ${column.name}`)};`);
  }
  lines.push(`DROP TYPE ${quoteQualified(aside)};`);
  for (const r of around.routines) lines.push(recreate.routine(r));
  for (const v of around.views) lines.push(recreate.view(v));
  return lines.join('\n');
}

/** How the planner writes a view or a function again (with its comments, grants, indexes). */
export interface Recreate {
  view: (view: View) => string;
  routine: (routine: RoutineDef) => string;
}

/**
 * What must be dropped around re-creating the type, views in creation order; undefined when
 * something else (an index, a check, a policy, a view's own dependant of another kind) needs it.
 */
function objectsAround(schema: Schema, type: QualifiedName, columns: { table: Table; column: Column }[]): { views: View[]; routines: RoutineDef[] } | undefined {
  const routines = routinesOfType(schema, type);
  const naming = Object.values(schema.views).filter((v) => statementReferences(v.query)?.types.some((n) => namesObject(n, type)) ?? true);
  const first: Dependant[] = [
    ...columns.flatMap(({ table, column }) => dependantsOfColumn(schema, table, column.name, 'retype', false)),
    ...naming.map((v): Dependant => ({ kind: 'view', view: { schema: v.schema, name: v.name } })),
    ...routines.flatMap((r) => dependantsOfRoutine(schema, { schema: r.schema, name: r.name, signature: r.signature })),
  ];
  const all = withTransitiveDependants(schema, first);
  if (all.some((d) => d.kind !== 'view')) return undefined;
  const chosen = new Map(all.map((d) => [keyOf((d as { view: QualifiedName }).view), schema.views[keyOf((d as { view: QualifiedName }).view)]!]));
  if ([...chosen.values()].some((v) => v === undefined)) return undefined;
  // Creation order: a view after the chosen views it reads.
  return { views: topological([...chosen.values()], keyOf, (v) => v.dependsOn.map(keyOf)), routines };
}
