/**
 * ltree-path: the full path of each node (`1.7.42`) in an ltree column, for deep trees and prefix
 * queries (`path <@ '1.7'`): extension ltree, `path ltree NOT NULL` filled for existing rows by the
 * migration, a GiST index. With the adjacency-list pattern on (a self-referencing parent column),
 * a trigger keeps the path in step with parent_id, moving subtrees along when a node moves.
 */
import type { SchemaChange } from '../changes/types';
import type { Table } from '../model/types';
import { parentColumnOf, selfReference } from './adjacency-list';
import { btreeIndex, column, columnOf, findRoutine, fitName, freeName, q, qq, refOf, relationNames, rowTrigger, sameRoutine, singleKey, triggerFunction, TYPES } from './build';
import { changes, decline, defineTablePattern } from './define';
import { extensionSchema } from './effective-dating';

export interface LtreePathParams {
  pathColumn: string;
  parentColumn: string;
  maintainFromParent: boolean;
}

/** A key value as an ltree label: characters other than letters, digits and _ become _. */
function label(expression: string): string {
  return `text2ltree(regexp_replace(${expression}::text, '[^A-Za-z0-9_]', '_', 'g'))`;
}

function backfillSql(table: Table, key: string, path: string, parent: string | undefined): string {
  const t = qq(table);
  if (!parent) return `UPDATE ${t} SET ${q(path)} = ${label(q(key))};`;
  return [
    'WITH RECURSIVE tree (node_id, node_path) AS (',
    `  SELECT ${q(key)}, ${label(q(key))} FROM ${t} WHERE ${q(parent)} IS NULL`,
    '  UNION ALL',
    `  SELECT child.${q(key)}, tree.node_path || ${label(`child.${q(key)}`)}`,
    `  FROM ${t} AS child JOIN tree ON child.${q(parent)} = tree.node_id`,
    ')',
    `UPDATE ${t} AS target SET ${q(path)} = tree.node_path FROM tree WHERE target.${q(key)} = tree.node_id;`,
  ].join('\n');
}

function maintainBody(table: Table, key: string, path: string, parent: string, ltreeType: string): string {
  const t = qq(table);
  const [k, p, par] = [q(key), q(path), q(parent)];
  return `
DECLARE
  parent_path ${ltreeType};
BEGIN
  IF NEW.${par} IS NULL THEN
    NEW.${p} := ${label(`NEW.${k}`)};
  ELSE
    SELECT up.${p} INTO parent_path FROM ${t} AS up WHERE up.${k} = NEW.${par};
    IF parent_path IS NULL THEN
      RAISE EXCEPTION '${table.name}: parent % of % not found', NEW.${par}, NEW.${k} USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND parent_path <@ OLD.${p} THEN
      RAISE EXCEPTION '${table.name}: % cannot move under its own subtree', NEW.${k} USING ERRCODE = 'check_violation';
    END IF;
    NEW.${p} := parent_path || ${label(`NEW.${k}`)};
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.${p} IS DISTINCT FROM OLD.${p} THEN
    -- The subtree moves along: descendants get the new prefix.
    UPDATE ${t} SET ${p} = NEW.${p} || subpath(${p}, nlevel(OLD.${p})) WHERE ${p} <@ OLD.${p} AND ${k} <> OLD.${k};
  END IF;
  RETURN NEW;
END
`;
}

export default defineTablePattern<LtreePathParams>({
  id: 'ltree-path',
  title: 'Materialized path (ltree)',
  description:
    'Stores the full path of each node of a tree (1.7.42) in an ltree column, for deep trees and prefix queries: everything under a node is path <@ \'1.7\', its ancestors path @> \'1.7.42\'. Adds the ltree extension, path ltree NOT NULL (filled for existing rows by the migration, from parent_id when the table has one) and a GiST index. With the adjacency-list pattern on, a trigger keeps path in step with parent_id, moving whole subtrees when a node moves and refusing to move a node under itself.',
  defaultParams: { pathColumn: 'path', parentColumn: '', maintainFromParent: true },
  params: [
    { name: 'pathColumn', label: 'Path column', kind: 'string', help: 'Name of the ltree column.' },
    { name: 'parentColumn', label: 'Parent column', kind: 'string', help: 'The self-referencing parent column to derive paths from; empty: parent_id (or <singular>_parent_id) when it references the table.' },
    { name: 'maintainFromParent', label: 'Maintain from parent', kind: 'boolean', help: 'Add the trigger that keeps path in step with the parent column (when there is one).' },
  ],
  serves: ['require-ltree-gist-index'],
  analyze(schema, table, params) {
    const key = singleKey(table);
    if (!key) return decline(`${table.name} has no single-column primary key to label its nodes with`);
    const ref = refOf(table);
    const out: SchemaChange[] = [];
    const parentName = params.parentColumn || parentColumnOf(table);
    if (params.parentColumn && !columnOf(table, params.parentColumn)) return decline(`${table.name} has no column ${params.parentColumn}`);
    const parent = parentName && selfReference(table, parentName) ? parentName : undefined;
    if (params.parentColumn && !parent) return decline(`${table.name}.${params.parentColumn} has no foreign key to ${table.name}.${key.name}: apply adjacency-list first`);

    const existingExtension = schema.extensions.ltree;
    const extNamespace = existingExtension ? existingExtension.schema ?? 'public' : extensionSchema(schema, table.schema);
    if (!existingExtension) out.push({ kind: 'add-extension', extension: { name: 'ltree', schema: extNamespace } });

    const path = columnOf(table, params.pathColumn);
    if (path && (path.type.name !== 'ltree' || path.type.arrayDims > 0)) return decline(`${table.name}.${params.pathColumn} exists and is not ltree`);
    if (!path) {
      out.push({ kind: 'add-column', table: ref, column: column(params.pathColumn, TYPES.ltree) });
      out.push({ kind: 'data-migration', description: `Fill ${table.name}.${params.pathColumn} for the existing rows`, table: ref, sql: backfillSql(table, key.name, params.pathColumn, parent), reverseSql: '' });
      out.push({ kind: 'alter-column', table: ref, column: params.pathColumn, set: { notNull: true } });
    }
    const indexed = table.indexes.some((ix) => (ix.method === 'gist' || ix.method === 'spgist') && ix.elements.some((e) => e.column === params.pathColumn));
    if (!indexed) {
      const taken = relationNames(schema, table.schema);
      out.push({ kind: 'add-index', table: ref, index: btreeIndex(freeName(table.name, params.pathColumn, 'idx', (n) => taken.has(n)), [params.pathColumn], { method: 'gist' }) });
    }
    if (parent && params.maintainFromParent) {
      const fnRef = { schema: table.schema, name: fitName(table.name, `set_${params.pathColumn}`) };
      const routine = triggerFunction(fnRef, maintainBody(table, key.name, params.pathColumn, parent, `${q(extNamespace)}.ltree`));
      routine.config = { search_path: `pg_catalog, ${q(extNamespace)}, pg_temp` };
      const found = findRoutine(schema, fnRef);
      if (!found) out.push({ kind: 'add-routine', routine });
      else if (found.returns !== 'trigger') return decline(`a function ${fnRef.name}() that is not a trigger function exists`);
      else if (!sameRoutine(found, routine)) out.push({ kind: 'replace-routine', routine });
      if (!table.triggers.some((t) => t.function.schema === fnRef.schema && t.function.name === fnRef.name)) {
        const names = new Set(table.triggers.map((t) => t.name));
        let name = fitName(table.name, `set_${params.pathColumn}`);
        for (let i = 1; names.has(name); i++) name = fitName(table.name, `set_${params.pathColumn}${i}`);
        out.push({ kind: 'add-trigger', table: ref, trigger: rowTrigger(name, 'before', ['insert', 'update'], fnRef, { updateColumns: [parent, key.name] }) });
      }
    }
    return changes(out);
  },
});
