/**
 * The one vocabulary of schema changes, shared by rule fixes, patterns, the differ, the planner,
 * undo and the CLI. A change names its target by qualified name and carries whole objects when
 * it creates or replaces them, so a list of changes is plain, serializable data.
 */
import type {
  CheckConstraint,
  Collation,
  Column,
  CompositeAttribute,
  DefaultPrivileges,
  DomainCheck,
  CompositeType,
  DomainType,
  EnumType,
  ExclusionConstraint,
  Extension,
  ForeignKey,
  Index,
  Namespace,
  ObjectRef,
  OtherType,
  Policy,
  PrimaryKey,
  Privilege,
  QualifiedName,
  RoutineDef,
  Sequence,
  SequenceOptions,
  StatisticsObject,
  Table,
  Trigger,
  TypeRef,
  UniqueConstraint,
  View,
} from '../model/types';

export type TableConstraint =
  | ({ type: 'primary-key' } & PrimaryKey)
  | ({ type: 'unique' } & UniqueConstraint)
  | ({ type: 'foreign-key' } & ForeignKey)
  | ({ type: 'check' } & CheckConstraint)
  | ({ type: 'exclusion' } & ExclusionConstraint);

/** The aspects of a column an `alter-column` change sets; `null` removes an optional one. */
export interface ColumnChanges {
  type?: TypeRef;
  /** Expression that converts existing values (`ALTER ... TYPE ... USING`). */
  using?: string;
  notNull?: boolean;
  default?: string | null;
  identity?: Column['identity'] | null;
  generated?: Column['generated'] | null;
  collation?: string | null;
  storage?: Column['storage'] | null;
  statistics?: number | null;
  compression?: string | null;
  comment?: string | null;
}

export interface TableChanges {
  unlogged?: boolean;
  rowLevelSecurity?: boolean;
  forceRowLevelSecurity?: boolean;
  options?: string[];
  /** null: back to DEFAULT. */
  replicaIdentity?: Table['replicaIdentity'] | null;
  /** null: SET WITHOUT CLUSTER. */
  clusterOn?: string | null;
  comment?: string | null;
  /** A foreign table's OPTIONS (its server stays: Postgres cannot move a foreign table to another). */
  foreign?: NonNullable<Table['foreign']>;
}

/** A routine is identified by name and identity signature (overloads differ by arguments). */
export interface RoutineRef extends QualifiedName {
  signature: string;
}

export type SchemaChange =
  | { kind: 'add-schema'; namespace: Namespace }
  | { kind: 'drop-schema'; name: string }
  | { kind: 'add-extension'; extension: Extension }
  | { kind: 'drop-extension'; name: string }
  | { kind: 'add-table'; table: Table }
  | { kind: 'drop-table'; table: QualifiedName }
  | { kind: 'rename-table'; table: QualifiedName; newName: string }
  | { kind: 'alter-table'; table: QualifiedName; set: TableChanges }
  /** An existing table becomes a partition (`ALTER TABLE parent ATTACH PARTITION table FOR VALUES ...`). */
  | { kind: 'attach-partition'; table: QualifiedName; parent: QualifiedName; bound: string }
  /** A partition becomes a table of its own, keeping its rows, indexes and keys. */
  | { kind: 'detach-partition'; table: QualifiedName; parent: QualifiedName }
  /**
   * An existing table becomes an inheritance child of `parent` (`ALTER TABLE table INHERIT
   * parent`): it has the parent's columns and CHECKs already, and they stay its own.
   */
  | { kind: 'inherit-table'; table: QualifiedName; parent: QualifiedName }
  /** The table stops inheriting from `parent` (`NO INHERIT`): what it had from it becomes its own. */
  | { kind: 'disinherit-table'; table: QualifiedName; parent: QualifiedName }
  /**
   * The table made anew in the target's shape with its rows copied over, for what Postgres cannot
   * alter in place (a table becoming partitioned, or no longer, or by another key). `partitions`
   * are the target's partitions of it (nested ones after their parent), created with it; the old
   * table's partitions go with the old table.
   */
  | { kind: 'rebuild-table'; table: Table; partitions: Table[] }
  | { kind: 'add-column'; table: QualifiedName; column: Column }
  | { kind: 'drop-column'; table: QualifiedName; column: string }
  | { kind: 'rename-column'; table: QualifiedName; column: string; newName: string }
  | { kind: 'alter-column'; table: QualifiedName; column: string; set: ColumnChanges }
  | { kind: 'add-constraint'; table: QualifiedName; constraint: TableConstraint }
  | { kind: 'drop-constraint'; table: QualifiedName; name: string }
  | { kind: 'rename-constraint'; table: QualifiedName; name: string; newName: string }
  | { kind: 'validate-constraint'; table: QualifiedName; name: string }
  /**
   * A validated constraint the target has NOT VALID. Postgres cannot un-validate a constraint;
   * the planner leaves it validated (stronger than asked) and says so in the plan's notes.
   */
  | { kind: 'mark-constraint-not-valid'; table: QualifiedName; name: string }
  /**
   * A foreign key made (not) deferrable or initially deferred/immediate: ALTER CONSTRAINT changes
   * that in place, without re-checking rows (Postgres allows it on foreign keys only).
   */
  | { kind: 'set-constraint-deferrable'; table: QualifiedName; name: string; deferrable: boolean; initiallyDeferred: boolean }
  /** On a table or a materialized view (`table` names either). */
  | { kind: 'add-index'; table: QualifiedName; index: Index }
  | { kind: 'drop-index'; table: QualifiedName; name: string }
  | { kind: 'rename-index'; table: QualifiedName; name: string; newName: string }
  /**
   * A partition's own index (or the index behind its key) becomes its share of the parent's
   * index `parent` (`ALTER INDEX parent ATTACH PARTITION name`); the parent's index, made ON ONLY,
   * becomes valid once every partition has its share. Postgres has no way back but dropping it.
   */
  | { kind: 'attach-index'; table: QualifiedName; name: string; parent: QualifiedName }
  /**
   * The storage parameters of an index, or of the index behind a key or an exclusion constraint
   * (`ALTER INDEX ... SET / RESET`, as `key=value` strings): only pages written from then on
   * follow them, and nothing is rebuilt. Postgres refuses it on a partitioned table's index.
   */
  | { kind: 'set-index-options'; table: QualifiedName; name: string; options: string[] }
  | { kind: 'add-view'; view: View }
  | { kind: 'replace-view'; view: View }
  | { kind: 'drop-view'; view: QualifiedName }
  | { kind: 'rename-view'; view: QualifiedName; newName: string }
  | { kind: 'add-type'; type: EnumType | DomainType | CompositeType | OtherType }
  | { kind: 'drop-type'; type: QualifiedName }
  /** Columns, domains and functions of the type follow it (Postgres binds them by identity). */
  | { kind: 'rename-type'; type: QualifiedName; newName: string }
  | { kind: 'add-enum-value'; type: QualifiedName; value: string; before?: string; after?: string }
  | { kind: 'rename-enum-value'; type: QualifiedName; value: string; newValue: string }
  | { kind: 'add-sequence'; sequence: Sequence }
  | { kind: 'drop-sequence'; sequence: QualifiedName }
  /**
   * `set` is written over the options; `reset` options go back to their defaults (no longer
   * written); `ownedBy` null is OWNED BY NONE.
   */
  | { kind: 'alter-sequence'; sequence: QualifiedName; set: SequenceOptions; reset?: (keyof SequenceOptions)[]; ownedBy?: Sequence['ownedBy'] | null; unlogged?: boolean }
  | { kind: 'add-routine'; routine: RoutineDef }
  | { kind: 'replace-routine'; routine: RoutineDef }
  | { kind: 'drop-routine'; routine: RoutineRef }
  | { kind: 'add-trigger'; table: QualifiedName; trigger: Trigger }
  | { kind: 'drop-trigger'; table: QualifiedName; name: string }
  | { kind: 'add-policy'; table: QualifiedName; policy: Policy }
  | { kind: 'drop-policy'; table: QualifiedName; name: string }
  | { kind: 'set-comment'; target: ObjectRef; comment: string | null }
  /**
   * An object's whole access list (GRANT / REVOKE): tables, views, materialized views, columns,
   * sequences, functions, procedures, schemas, types. null: the default for its kind.
   */
  | { kind: 'set-privileges'; target: ObjectRef; privileges: Privilege[] | null }
  /** ALTER DEFAULT PRIVILEGES: the whole list of one entry; null: back to the default. */
  | { kind: 'set-default-privileges'; entry: Omit<DefaultPrivileges, 'privileges'>; privileges: Privilege[] | null }
  /** ALTER EXTENSION ... UPDATE TO / SET SCHEMA. */
  | { kind: 'alter-extension'; name: string; version?: string; schema?: string }
  | { kind: 'add-collation'; collation: Collation }
  | { kind: 'drop-collation'; collation: QualifiedName }
  | { kind: 'add-statistics'; statistics: StatisticsObject }
  | { kind: 'drop-statistics'; statistics: QualifiedName }
  /** ALTER STATISTICS ... SET STATISTICS; null: back to the columns' targets. */
  | { kind: 'alter-statistics'; statistics: QualifiedName; target: number | null }
  /** ALTER DOMAIN: default and NOT NULL (checks come and go with add / drop-domain-check). */
  | { kind: 'alter-domain'; type: QualifiedName; set: { default?: string | null; notNull?: boolean } }
  | { kind: 'add-domain-check'; type: QualifiedName; check: DomainCheck }
  | { kind: 'drop-domain-check'; type: QualifiedName; name: string }
  /** ALTER TYPE ... ADD / DROP / ALTER ATTRIBUTE of a composite type. */
  | { kind: 'alter-composite'; type: QualifiedName; add: CompositeAttribute[]; drop: string[]; alter: CompositeAttribute[] }
  /**
   * Rows to move when a change reshapes data (a backfill). `reverseSql` undoes it where that is
   * possible; the planner runs it between the structural steps that need it.
   */
  | { kind: 'data-migration'; description: string; table: QualifiedName; sql: string; reverseSql?: string };

export type ChangeKind = SchemaChange['kind'];

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
