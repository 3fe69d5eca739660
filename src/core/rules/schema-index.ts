/**
 * Lookups over a schema, built once per lint run so that rules stay linear in the schema's size:
 * tables by key, foreign keys pointing at a table, the leading columns of every index, which
 * triggers call which function, which tables a function body mentions.
 */
import { keyOf } from '../model/names';
import type { ExclusionConstraint, Index, QualifiedName, RoutineDef, Schema, Table, Trigger } from '../model/types';

export interface IndexLike {
  name: string;
  /** Column names in order; an expression element is `undefined`. */
  columns: (string | undefined)[];
  unique: boolean;
  partial: boolean;
  method: string;
  /** The predicate of a partial index or exclusion constraint (canonical SQL). */
  where?: string;
  /** The Index object when this is a plain index (not a constraint's). */
  index?: Index;
  /** The constraint when this index backs an exclusion constraint. */
  exclusion?: ExclusionConstraint;
  /** Set when the index backs a constraint. */
  constraint?: 'primary-key' | 'unique' | 'exclusion';
}

export interface SchemaIndex {
  tables: Table[];
  table(ref: QualifiedName): Table | undefined;
  /** Tables by unqualified name (a name may exist in several schemas). */
  tablesNamed(name: string): Table[];
  /** Foreign keys of other tables (and the table itself) that reference `table`. */
  referencing(table: QualifiedName): { table: Table; fk: Table['foreignKeys'][number] }[];
  /** Every index of a table, including those behind its PK, unique and exclusion constraints. */
  indexesOf(table: Table): IndexLike[];
  /** Triggers on a table together with the function each calls (when it is in the schema). */
  triggersOf(table: Table): { trigger: Trigger; routine?: RoutineDef }[];
  routinesNamed(ref: QualifiedName): RoutineDef[];
}

export function buildSchemaIndex(schema: Schema): SchemaIndex {
  const tables = Object.values(schema.tables);
  const byName = new Map<string, Table[]>();
  const referencing = new Map<string, { table: Table; fk: Table['foreignKeys'][number] }[]>();
  for (const table of tables) {
    const list = byName.get(table.name) ?? [];
    list.push(table);
    byName.set(table.name, list);
    for (const fk of table.foreignKeys) {
      const key = keyOf(fk.references);
      const refs = referencing.get(key) ?? [];
      refs.push({ table, fk });
      referencing.set(key, refs);
    }
  }
  const routinesByName = new Map<string, RoutineDef[]>();
  for (const routine of Object.values(schema.routines)) {
    const key = keyOf(routine);
    const list = routinesByName.get(key) ?? [];
    list.push(routine);
    routinesByName.set(key, list);
  }
  const indexCache = new WeakMap<Table, IndexLike[]>();

  return {
    tables,
    table: (ref) => schema.tables[keyOf(ref)],
    tablesNamed: (name) => byName.get(name) ?? [],
    referencing: (ref) => referencing.get(keyOf(ref)) ?? [],
    indexesOf(table) {
      let result = indexCache.get(table);
      if (!result) {
        result = [];
        if (table.primaryKey) {
          result.push({ name: table.primaryKey.name, columns: table.primaryKey.columns, unique: true, partial: false, method: 'btree', constraint: 'primary-key' });
        }
        for (const u of table.uniqueConstraints) {
          result.push({ name: u.name, columns: u.columns, unique: true, partial: false, method: 'btree', constraint: 'unique' });
        }
        for (const x of table.exclusions) {
          result.push({ name: x.name, columns: x.elements.map((e) => e.column), unique: false, partial: Boolean(x.where), ...(x.where ? { where: x.where } : {}), method: x.method, constraint: 'exclusion', exclusion: x });
        }
        for (const ix of table.indexes) {
          result.push({ name: ix.name, columns: ix.elements.map((e) => e.column), unique: ix.unique, partial: Boolean(ix.where), ...(ix.where ? { where: ix.where } : {}), method: ix.method, index: ix });
        }
        indexCache.set(table, result);
      }
      return result;
    },
    triggersOf(table) {
      return table.triggers.map((trigger) => {
        const routine = routinesByName.get(keyOf(trigger.function))?.[0];
        return routine ? { trigger, routine } : { trigger };
      });
    },
    routinesNamed: (ref) => routinesByName.get(keyOf(ref)) ?? [],
  };
}
