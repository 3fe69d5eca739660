/**
 * The document the user edits (DESIGN.md §1, §6): small, plain, serializable. Everything else
 * (baseline, target, findings, migration) is derived from it by `deriveDocument`.
 */
import type { SchemaChange } from '../changes/types';
import type { QualifiedName } from '../model/types';
import type { RuleConfig } from '../rules/config';
import type { PgVersion } from '../sql/versions';

/** The persistence format's version; `upgradeDocument` brings older documents up to it. */
export const DOCUMENT_VERSION = 2;

/**
 * A design pattern turned on, for a table or the whole schema (DESIGN.md §4). Mirrors
 * src/core/patterns' `PatternApplication`; kept here so the document format does not wait for
 * the pattern core (the shapes must stay the same).
 */
export interface PatternApplication {
  /** The pattern's id (file name in src/core/patterns). */
  pattern: string;
  /** The table it applies to; absent for schema-level patterns. */
  target?: QualifiedName;
  params?: Record<string, unknown>;
}

export interface LayoutPoint {
  x: number;
  y: number;
}

/** A named, coloured area around tables on the canvas (DBML's TableGroup). */
export interface CanvasGroup {
  id: string;
  name: string;
  /** `#rrggbb`. */
  color: string;
  /** Node ids (qualified keys) of its tables and views. */
  tables: string[];
}

/** A sticky note on the canvas (DBML's Note). */
export interface CanvasNote {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** `#rrggbb`. */
  color: string;
}

export interface SchemawiseDocument {
  version: typeof DOCUMENT_VERSION;
  /** What the source is called (a file name, `saas.sql (sample)`, `pasted SQL`). */
  sourceName: string;
  /** The DDL as imported: the baseline, the database as it is. */
  sourceSql: string;
  /** Design edits on top of the baseline (rule fixes, canvas edits), in the order they were made. */
  edits: SchemaChange[];
  /** Patterns turned on; turning one off removes its entry. */
  patterns: PatternApplication[];
  /** Top-left corner of each canvas node, by node id (a table's or a view's qualified key). */
  layout: Record<string, LayoutPoint>;
  /** Node ids whose position the user pinned: the automatic layout ("Tidy up") keeps them. */
  pinned: string[];
  groups: CanvasGroup[];
  notes: CanvasNote[];
  ruleConfig?: RuleConfig;
  /** The Postgres major version migrations are planned for; absent means DEFAULT_PG_VERSION. */
  pgVersion?: PgVersion;
  /**
   * How the source is read. Absent means the defaults: schemas the SQL uses but never creates
   * are assumed to exist (one warning each); `strictSchemas` reads it as Postgres would on an
   * empty database instead (those statements fail).
   */
  importOptions?: { strictSchemas?: boolean };
}

export function createDocument(sourceSql: string, sourceName: string): SchemawiseDocument {
  return { version: DOCUMENT_VERSION, sourceName, sourceSql, edits: [], patterns: [], layout: {}, pinned: [], groups: [], notes: [] };
}

/** Two applications name the same pattern on the same object (params aside). */
export function samePatternTarget(a: PatternApplication, b: PatternApplication): boolean {
  if (a.pattern !== b.pattern) return false;
  if (!a.target || !b.target) return !a.target && !b.target;
  return a.target.schema === b.target.schema && a.target.name === b.target.name;
}
