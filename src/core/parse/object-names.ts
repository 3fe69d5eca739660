/**
 * Name lookups the import needs over and over: which relation and constraint names a schema
 * already uses (for Postgres's automatic names), where an index lives, which tables inherit from
 * which. Built lazily from the model; creations are added as they happen, and anything that
 * removes or renames objects calls `invalidate()` so the next lookup rebuilds.
 *
 * The lookups are three parts, each built on its own first use after an invalidation: names
 * taken, indexes, and children. Dropping or renaming an index, a constraint or a column cannot
 * change which table inherits from which, so those call `invalidateNames()`, which keeps the
 * children (asked for by every ALTER that recurses to partitions) as they are. A rebuild gives
 * what the model says, plus the identity sequences' names as chosen (`addIdentitySequence`), so
 * when a part is rebuilt does not change what it answers.
 */
import { makeObjectName } from '../model/auto-names';
import { keyOf } from '../model/names';
import type { Column, Index, QualifiedName, Schema, Table, View } from '../model/types';

interface IndexEntry {
  owner: Table | View;
  index: Index;
}

interface Names {
  relations: Map<string, Set<string>>;
  constraints: Map<string, Set<string>>;
}

interface Indexes {
  indexes: Map<string, Map<string, IndexEntry>>;
  /** Tables by the names of their indexes and index-backed constraints, per schema. */
  keyOwners: Map<string, Map<string, Table[]>>;
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

function addKeyOwner(built: Indexes, table: Table, name: string): void {
  const byName = setFor(built.keyOwners, table.schema, () => new Map<string, Table[]>());
  const owners = setFor(byName, name, () => []);
  if (!owners.includes(table)) owners.push(table);
}

function isTable(owner: Table | View): owner is Table {
  return 'uniqueConstraints' in owner;
}

export class ObjectNames {
  private builtNames: Names | undefined;
  private builtIndexes: Indexes | undefined;
  private builtChildren: Map<string, Table[]> | undefined;
  private readonly identitySequences = new WeakMap<Column, string>();

  constructor(private readonly schema: Schema) {}

  /** Everything is rebuilt on next use. */
  invalidate(): void {
    this.builtNames = undefined;
    this.builtIndexes = undefined;
    this.builtChildren = undefined;
  }

  /** Names and indexes are rebuilt on next use; the tables and their parents did not change. */
  invalidateNames(): void {
    this.builtNames = undefined;
    this.builtIndexes = undefined;
  }

  private get names(): Names {
    if (!this.builtNames) this.builtNames = this.buildNames();
    return this.builtNames;
  }

  private get indexData(): Indexes {
    if (!this.builtIndexes) this.builtIndexes = this.buildIndexes();
    return this.builtIndexes;
  }

  private get children(): Map<string, Table[]> {
    if (!this.builtChildren) this.builtChildren = this.buildChildren();
    return this.builtChildren;
  }

  /**
   * An identity column's sequence, under the name chosen for it when the column was made. Postgres
   * picks `table_column_seq`, or with a number when that is taken, and keeps the name when the
   * column or the table is renamed later; the model does not hold it, so it is kept here for
   * every rebuild of the names.
   */
  addIdentitySequence(schema: string, column: Column, name: string): void {
    this.identitySequences.set(column, name);
    this.addRelation(schema, name);
  }

  private buildNames(): Names {
    const built: Names = { relations: new Map(), constraints: new Map() };
    const relation = (schema: string, name: string) => setFor(built.relations, schema, () => new Set()).add(name);
    const constraint = (schema: string, name: string) => setFor(built.constraints, schema, () => new Set()).add(name);
    for (const table of Object.values(this.schema.tables)) {
      relation(table.schema, table.name);
      // An identity column's sequence is a relation too (its name is not in the model).
      for (const column of table.columns) {
        if (column.identity && !column.inherited) relation(table.schema, this.identitySequences.get(column) ?? makeObjectName(table.name, column.name, 'seq'));
      }
      for (const name of constraintIndexNames(table)) {
        relation(table.schema, name);
        constraint(table.schema, name);
      }
      for (const fk of table.foreignKeys) constraint(table.schema, fk.name);
      for (const check of table.checks) constraint(table.schema, check.name);
      for (const ix of table.indexes) relation(table.schema, ix.name);
    }
    for (const view of Object.values(this.schema.views)) {
      relation(view.schema, view.name);
      for (const ix of view.indexes) relation(view.schema, ix.name);
    }
    for (const seq of Object.values(this.schema.sequences)) relation(seq.schema, seq.name);
    for (const type of Object.values(this.schema.types)) {
      if (type.kind === 'composite') relation(type.schema, type.name);
      if (type.kind === 'domain') for (const check of type.checks) constraint(type.schema, check.name);
    }
    return built;
  }

  private buildIndexes(): Indexes {
    const built: Indexes = { indexes: new Map(), keyOwners: new Map() };
    const index = (schema: string, entry: IndexEntry) =>
      setFor(built.indexes, schema, () => new Map()).set(entry.index.name, entry);
    for (const table of Object.values(this.schema.tables)) {
      for (const name of constraintIndexNames(table)) addKeyOwner(built, table, name);
      for (const ix of table.indexes) {
        index(table.schema, { owner: table, index: ix });
        addKeyOwner(built, table, ix.name);
      }
    }
    for (const view of Object.values(this.schema.views)) {
      for (const ix of view.indexes) index(view.schema, { owner: view, index: ix });
    }
    return built;
  }

  private buildChildren(): Map<string, Table[]> {
    const children = new Map<string, Table[]>();
    for (const table of Object.values(this.schema.tables)) {
      const parents = table.partitionOf ? [table.partitionOf.parent] : table.inherits;
      for (const parent of parents) setFor(children, keyOf(parent), () => []).push(table);
    }
    return children;
  }

  relationTaken(schema: string, name: string): boolean {
    return this.names.relations.get(schema)?.has(name) ?? false;
  }

  constraintTaken(schema: string, name: string): boolean {
    return this.names.constraints.get(schema)?.has(name) ?? false;
  }

  /** A relation (view, sequence) that leaves no index or constraint names behind. */
  removeRelation(schema: string, name: string): void {
    this.builtNames?.relations.get(schema)?.delete(name);
  }

  addRelation(schema: string, name: string): void {
    if (this.builtNames) setFor(this.builtNames.relations, schema, () => new Set()).add(name);
  }

  addConstraint(schema: string, name: string): void {
    if (this.builtNames) setFor(this.builtNames.constraints, schema, () => new Set()).add(name);
  }

  /** A dropped index: its name is free again, and the other names and indexes stay as built. */
  removeIndex(owner: Table | View, index: Index): void {
    this.removeRelation(owner.schema, index.name);
    if (!this.builtIndexes) return;
    this.builtIndexes.indexes.get(owner.schema)?.delete(index.name);
    const byName = this.builtIndexes.keyOwners.get(owner.schema);
    const owners = byName?.get(index.name)?.filter((t) => t !== owner);
    if (owners) byName!.set(index.name, owners);
  }

  addIndex(owner: Table | View, index: Index): void {
    this.addRelation(owner.schema, index.name);
    if (this.builtIndexes) {
      setFor(this.builtIndexes.indexes, owner.schema, () => new Map()).set(index.name, { owner, index });
      if (isTable(owner)) addKeyOwner(this.builtIndexes, owner, index.name);
    }
  }

  /** A primary key, unique or exclusion constraint added to a table (its index's name is taken). */
  addKeyConstraint(table: Table, name: string): void {
    this.addRelation(table.schema, name);
    this.addConstraint(table.schema, name);
    if (this.builtIndexes) addKeyOwner(this.builtIndexes, table, name);
  }

  addChild(parent: QualifiedName, child: Table): void {
    if (this.builtChildren) setFor(this.builtChildren, keyOf(parent), () => []).push(child);
  }

  findIndex(schema: string, name: string): IndexEntry | undefined {
    return this.indexData.indexes.get(schema)?.get(name);
  }

  /**
   * The tables of `schema` that have an index or index-backed constraint named `name`, as far as
   * this lookup knows: callers check what it returns against the model.
   */
  tablesWithKey(schema: string, name: string): readonly Table[] {
    return this.indexData.keyOwners.get(schema)?.get(name) ?? [];
  }

  childrenOf(parent: QualifiedName): Table[] {
    return this.children.get(keyOf(parent)) ?? [];
  }
}
