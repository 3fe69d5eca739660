/**
 * Name lookups the import needs over and over: which relation and constraint names a schema
 * already uses (for Postgres's automatic names), where an index lives, which tables inherit from
 * which. Built lazily from the model; creations are added as they happen, and anything that
 * removes or renames objects calls `invalidate()` so the next lookup rebuilds.
 */
import { makeObjectName } from '../model/auto-names';
import { keyOf } from '../model/names';
import type { Index, QualifiedName, Schema, Table, View } from '../model/types';

interface IndexEntry {
  owner: Table | View;
  index: Index;
}

interface Built {
  relations: Map<string, Set<string>>;
  constraints: Map<string, Set<string>>;
  indexes: Map<string, Map<string, IndexEntry>>;
  children: Map<string, Table[]>;
}

function setFor<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (!value) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** The indexes a table or view has, including those behind its constraints, as Index-like data. */
function constraintIndexNames(table: Table): string[] {
  const names: string[] = [];
  if (table.primaryKey) names.push(table.primaryKey.name);
  for (const u of table.uniqueConstraints) names.push(u.name);
  for (const x of table.exclusions) names.push(x.name);
  return names;
}

export class ObjectNames {
  private built: Built | undefined;

  constructor(private readonly schema: Schema) {}

  invalidate(): void {
    this.built = undefined;
  }

  private get data(): Built {
    if (!this.built) this.built = this.build();
    return this.built;
  }

  private build(): Built {
    const built: Built = { relations: new Map(), constraints: new Map(), indexes: new Map(), children: new Map() };
    const relation = (schema: string, name: string) => setFor(built.relations, schema, () => new Set()).add(name);
    const constraint = (schema: string, name: string) => setFor(built.constraints, schema, () => new Set()).add(name);
    const index = (schema: string, entry: IndexEntry) =>
      setFor(built.indexes, schema, () => new Map()).set(entry.index.name, entry);
    for (const table of Object.values(this.schema.tables)) {
      relation(table.schema, table.name);
      // An identity column's sequence is a relation too (its name is not in the model).
      for (const column of table.columns) if (column.identity && !column.inherited) relation(table.schema, makeObjectName(table.name, column.name, 'seq'));
      for (const name of constraintIndexNames(table)) {
        relation(table.schema, name);
        constraint(table.schema, name);
      }
      for (const fk of table.foreignKeys) constraint(table.schema, fk.name);
      for (const check of table.checks) constraint(table.schema, check.name);
      for (const ix of table.indexes) {
        relation(table.schema, ix.name);
        index(table.schema, { owner: table, index: ix });
      }
      const parents = table.partitionOf ? [table.partitionOf.parent] : table.inherits;
      for (const parent of parents) setFor(built.children, keyOf(parent), () => []).push(table);
    }
    for (const view of Object.values(this.schema.views)) {
      relation(view.schema, view.name);
      for (const ix of view.indexes) {
        relation(view.schema, ix.name);
        index(view.schema, { owner: view, index: ix });
      }
    }
    for (const seq of Object.values(this.schema.sequences)) relation(seq.schema, seq.name);
    for (const type of Object.values(this.schema.types)) {
      if (type.kind === 'composite') relation(type.schema, type.name);
      if (type.kind === 'domain') for (const check of type.checks) constraint(type.schema, check.name);
    }
    return built;
  }

  relationTaken(schema: string, name: string): boolean {
    return this.data.relations.get(schema)?.has(name) ?? false;
  }

  constraintTaken(schema: string, name: string): boolean {
    return this.data.constraints.get(schema)?.has(name) ?? false;
  }

  /** A relation (view, sequence) that leaves no index or constraint names behind. */
  removeRelation(schema: string, name: string): void {
    this.built?.relations.get(schema)?.delete(name);
  }

  addRelation(schema: string, name: string): void {
    if (this.built) setFor(this.built.relations, schema, () => new Set()).add(name);
  }

  addConstraint(schema: string, name: string): void {
    if (this.built) setFor(this.built.constraints, schema, () => new Set()).add(name);
  }

  addIndex(owner: Table | View, index: Index): void {
    this.addRelation(owner.schema, index.name);
    if (this.built) setFor(this.built.indexes, owner.schema, () => new Map()).set(index.name, { owner, index });
  }

  addChild(parent: QualifiedName, child: Table): void {
    if (this.built) setFor(this.built.children, keyOf(parent), () => []).push(child);
  }

  findIndex(schema: string, name: string): IndexEntry | undefined {
    return this.data.indexes.get(schema)?.get(name);
  }

  childrenOf(parent: QualifiedName): Table[] {
    return this.data.children.get(keyOf(parent)) ?? [];
  }
}
