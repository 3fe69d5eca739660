/**
 * polymorphic-arc: a type-tag + id pair (`commentable_type`, `commentable_id`) becomes an
 * exclusive arc: one nullable foreign key column per parent table, `CHECK (num_nonnulls(...) = 1)`,
 * an index per column, and a backfill in the migration that copies each id into its parent's
 * column. The old pair is dropped only when `dropTypeTag` is set (destructive).
 */
import type { SchemaChange } from '../changes/types';
import { nameAddition } from '../model/auto-names';
import { formatType } from '../model/format-type';
import type { Column, QualifiedName, Schema, Table } from '../model/types';
import { btreeIndex, column, columnOf, constraintNames, findTable, foreignKey, freeName, literal, parseQualifiedName, q, qq, refOf, relationNames, singleKey, singular } from './build';
import { changes, decline, defineTablePattern } from './define';
import { dropBlocker, dropColumns } from './drop';
import { canonical, mentionsColumn } from './sql-text';
import { appendAll } from '../lib/arrays';

export interface PolymorphicArcParams {
  typeColumn: string;
  idColumn: string;
  mapping: Record<string, string>;
  onDelete: 'no-action' | 'restrict' | 'cascade';
  dropTypeTag: boolean;
}

const TAG_SUFFIXES = ['_type', '_kind', '_class', '_table'];

/** Type-tag + id pairs of a table whose id has no foreign key. */
export function typeTagPairs(table: Table): { tag: Column; id: Column; stem: string }[] {
  const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
  const pairs: { tag: Column; id: Column; stem: string }[] = [];
  for (const tag of table.columns) {
    const suffix = TAG_SUFFIXES.find((s) => tag.name.endsWith(s) && tag.name.length > s.length);
    if (!suffix) continue;
    const stem = tag.name.slice(0, -suffix.length);
    const id = table.columns.find((c) => c.name === `${stem}_id`);
    if (id && !fkColumns.has(id.name)) pairs.push({ tag, id, stem });
  }
  return pairs;
}

/** The values the type tag can take: its enum's labels, or the string literals of a CHECK on it alone. */
function tagValues(schema: Schema, table: Table, tag: Column): string[] | undefined {
  if (tag.type.schema) {
    const type = schema.types[`${q(tag.type.schema)}.${q(tag.type.name)}`];
    if (type?.kind === 'enum') return [...type.values];
  }
  for (const check of table.checks) {
    if (!mentionsColumn(check.expression, tag.name)) continue;
    const others = table.columns.some((c) => c.name !== tag.name && mentionsColumn(check.expression, c.name));
    if (others) continue;
    const values = [...check.expression.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));
    if (values.length > 0) return [...new Set(values)];
  }
  return undefined;
}

/** `App::BlogPost`, `App\Models\BlogPost`, `blog_post` -> `blog_post`. */
function snake(value: string): string {
  const last = value.split(/::|\\|\./).pop() ?? value;
  return last.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]+/g, '_').toLowerCase();
}

function tableFor(schema: Schema, namespace: string, value: string): Table | undefined {
  const stem = snake(value);
  const names = [stem, `${stem}s`, `${stem}es`, ...(stem.endsWith('y') ? [`${stem.slice(0, -1)}ies`] : []), ...(stem === 'person' ? ['people'] : [])];
  for (const name of names) {
    const found = findTable(schema, { schema: namespace, name });
    if (found) return found;
  }
  for (const name of names) {
    const found = Object.values(schema.tables).find((t) => t.name === name && !t.partitionOf);
    if (found) return found;
  }
  return undefined;
}

function castTo(expression: string, from: Column['type'], to: Column['type']): string {
  return formatType(from) === formatType(to) ? expression : `${expression}::${formatType(to)}`;
}

export default defineTablePattern<PolymorphicArcParams>({
  id: 'polymorphic-arc',
  title: 'Polymorphic association as an exclusive arc',
  description:
    'Replaces a type-tag + id pair (commentable_type, commentable_id), which no foreign key can protect, with one nullable foreign key column per parent table (post_id, video_id) and a CHECK that exactly one is set (num_nonnulls(...) = 1), each with its index. The mapping from tag values to parent tables is inferred from the CHECK or enum on the tag and the table names, and can be edited. The migration backfills the new columns from the pair; the pair itself is dropped only when you ask for it.',
  defaultParams: { typeColumn: '', idColumn: '', mapping: {}, onDelete: 'no-action', dropTypeTag: false },
  params: [
    { name: 'typeColumn', label: 'Type column', kind: 'string', help: 'The type tag (e.g. commentable_type); empty: the one <x>_type / _kind / _class column with an <x>_id beside it.' },
    { name: 'idColumn', label: 'Id column', kind: 'string', help: 'The id next to the tag; empty: <x>_id.' },
    { name: 'mapping', label: 'Type value → parent table', kind: 'mapping', help: 'Which table each tag value refers to (Post=posts); values not given are inferred from the table names.' },
    { name: 'onDelete', label: 'On parent delete', kind: 'choice', choices: ['no-action', 'restrict', 'cascade'], help: 'What deleting a parent does to the rows pointing at it.' },
    { name: 'dropTypeTag', label: 'Drop the type/id pair', kind: 'boolean', help: 'Drop the old columns after the backfill (loses them; the down migration restores them from the new columns).', destructive: true },
  ],
  // no-type-tag-polymorphism is satisfied once the pair is dropped (dropTypeTag).
  serves: ['require-exclusive-arc-check'],
  analyze(schema, table, params) {
    const ref = refOf(table);
    const pairs = typeTagPairs(table);
    let tag: Column | undefined;
    let id: Column | undefined;
    let stem: string;
    if (params.typeColumn) {
      tag = columnOf(table, params.typeColumn);
      stem = params.typeColumn.replace(/_(type|kind|class|table)$/, '');
      id = columnOf(table, params.idColumn || `${stem}_id`);
      if (!tag || !id) {
        // Applied before with dropTypeTag: the pair is gone and the arc is in place.
        if (!tag && !id && table.checks.some((c) => c.name === arcCheckName(table, stem))) return changes([]);
        return decline(`${table.name} has no column ${!tag ? params.typeColumn : params.idColumn || `${stem}_id`}`);
      }
    } else {
      if (pairs.length === 0) {
        if (table.checks.some((c) => /num_nonnulls\(/.test(c.expression) && / = 1$/.test(c.expression))) return changes([]);
        return decline(`${table.name} has no type-tag pair (<x>_type with <x>_id)`);
      }
      if (pairs.length > 1) return decline(`${table.name} has several type-tag pairs (${pairs.map((p) => p.tag.name).join(', ')}): set typeColumn`);
      ({ tag, id, stem } = pairs[0]!);
    }
    if (table.foreignKeys.some((fk) => fk.columns.includes(id.name))) return decline(`${id.name} already has a foreign key`);

    const known = tagValues(schema, table, tag);
    const values = [...new Set([...(known ?? []), ...Object.keys(params.mapping)])];
    if (values.length === 0) return decline(`the values of ${tag.name} cannot be inferred (no CHECK or enum lists them): set mapping, e.g. Post=posts,Video=videos`);
    const parents: { value: string; table: Table; key: Column }[] = [];
    const unmapped: string[] = [];
    for (const value of values) {
      const named = params.mapping[value];
      const parent = named ? findTable(schema, parseQualifiedName(named, table.schema)) : tableFor(schema, table.schema, value);
      if (!parent) {
        if (named) return decline(`mapping ${value}=${named}: there is no table ${named}`);
        unmapped.push(value);
        continue;
      }
      const key = singleKey(parent);
      if (!key) return decline(`${parent.name} (for ${value}) has no single-column primary key to reference`);
      parents.push({ value, table: parent, key });
    }
    if (unmapped.length > 0) return decline(`no table found for ${tag.name} value${unmapped.length > 1 ? 's' : ''} ${unmapped.map((v) => `'${v}'`).join(', ')}: set mapping (e.g. ${unmapped[0]}=table)`);
    const byTable = new Map<string, string>();
    for (const p of parents) {
      const k = `${p.table.schema}.${p.table.name}`;
      if (byTable.has(k)) return decline(`'${byTable.get(k)}' and '${p.value}' both map to ${p.table.name}: one column per parent cannot tell them apart`);
      byTable.set(k, p.value);
    }

    const out: SchemaChange[] = [];
    const taken = relationNames(schema, table.schema);
    const constraints = constraintNames(table);
    const checkName = arcCheckName(table, stem);
    // A column is the arc's own (from an earlier plan) only when the arc's CHECK names it: a
    // foreign key column the table had before (a relation's own parent relation_id) is not.
    const arcCheck = table.checks.find((c) => c.name === checkName);
    const arc: { value: string; column: string; parent: Table; key: Column; exists: boolean }[] = [];
    for (const p of parents) {
      const names = [`${singular(p.table.name)}_id`, `${stem}_${singular(p.table.name)}_id`];
      let chosen: string | undefined;
      let exists = false;
      for (const name of names) {
        const c = columnOf(table, name);
        if (!c) { chosen = name; break; }
        const ours = arcCheck !== undefined && mentionsColumn(arcCheck.expression, name) &&
          table.foreignKeys.some((fk) => fk.columns.length === 1 && fk.columns[0] === name && fk.references.schema === p.table.schema && fk.references.name === p.table.name);
        if (ours) { chosen = name; exists = true; break; }
      }
      if (!chosen) return decline(`${table.name} already has columns ${names.join(' and ')}: cannot add the column for ${p.table.name}`);
      arc.push({ value: p.value, column: chosen, parent: p.table, key: p.key, exists });
    }

    for (const a of arc) {
      if (a.exists) continue;
      const keyType = { ...a.key.type, modifiers: [...a.key.type.modifiers] };
      out.push({ kind: 'add-column', table: ref, column: column(a.column, keyType) });
      const fkName = freeName(table.name, a.column, 'fkey', (n) => constraints.has(n) || taken.has(n));
      constraints.add(fkName);
      out.push({ kind: 'add-constraint', table: ref, constraint: { type: 'foreign-key', ...foreignKey(fkName, [a.column], refOf(a.parent), [a.key.name], params.onDelete) } });
    }
    for (const a of arc) {
      if (table.indexes.some((ix) => ix.elements[0]?.column === a.column)) continue;
      const name = freeName(table.name, a.column, 'idx', (n) => taken.has(n));
      taken.add(name);
      out.push({ kind: 'add-index', table: ref, index: btreeIndex(name, [a.column]) });
    }
    const arcColumns = arc.map((a) => a.column);
    if (!arcCheck) {
      if (constraints.has(checkName)) return decline(`a constraint ${checkName} exists`);
      out.push({ kind: 'add-constraint', table: ref, constraint: { type: 'check', name: checkName, expression: canonical(`num_nonnulls(${arcColumns.map(q).join(', ')}) = 1`), notValid: false, noInherit: false, deferrable: false, initiallyDeferred: false } });
    }
    const fresh = arc.filter((a) => !a.exists);
    if (fresh.length > 0) {
      const sets = fresh.map((a) => `${q(a.column)} = CASE WHEN ${q(tag.name)} = ${literal(a.value)} THEN ${castTo(q(id.name), id.type, a.key.type)} END`).join(',\n    ');
      const sql = `UPDATE ${qq(table)}\nSET ${sets}\nWHERE ${q(tag.name)} IN (${fresh.map((a) => literal(a.value)).join(', ')});`;
      const reverse = params.dropTypeTag
        ? `UPDATE ${qq(table)}\nSET ${q(tag.name)} = (CASE ${arc.map((a) => `WHEN ${q(a.column)} IS NOT NULL THEN ${literal(a.value)}`).join(' ')} END)::${formatType(tag.type)},\n    ${q(id.name)} = COALESCE(${arc.map((a) => castTo(q(a.column), a.key.type, id.type)).join(', ')});`
        : '';
      out.push({ kind: 'data-migration', description: `Backfill ${fresh.map((a) => a.column).join(', ')} from ${tag.name} / ${id.name}`, table: ref, sql, reverseSql: reverse });
    }

    if (params.dropTypeTag) {
      const blocked = dropBlocker(schema, table, [tag.name, id.name]);
      if (blocked) return decline(blocked);
      appendAll(out, dropColumns(table, [tag, id]));
    }
    return changes(out);
  },
});

function arcCheckName(table: QualifiedName, stem: string): string {
  return freeName(table.name, nameAddition([stem]), 'arc', () => false);
}
