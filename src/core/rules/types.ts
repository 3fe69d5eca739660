/**
 * Shapes of the rule engine (DESIGN.md §4). A rule is one module: `meta` describing it and
 * `create(context)` returning a visitor over the model. Severity is configuration, not part of
 * the rule.
 */
import type { SchemaChange } from '../changes/types';
import type { QualifiedName, RoutineDef, Schema, SourceRange, Table, UserType, View } from '../model/types';
import type { SchemaIndex } from './schema-index';

export type Severity = 'off' | 'info' | 'warn' | 'error';

export type RuleCategory = 'patterns' | 'keys' | 'indexes' | 'types' | 'naming' | 'security' | 'structure';

/** The design patterns of the catalogue (../shared/seed/patterns.md), by pattern id. */
export type PatternId =
  | 'audit-columns'
  | 'history-table'
  | 'event-store'
  | 'soft-delete'
  | 'polymorphic-arc'
  | 'mv-concurrent-refresh'
  | 'idempotency-keys'
  | 'outbox'
  | 'effective-dating'
  | 'adjacency-list'
  | 'ltree-path'
  | 'sound-design';

export interface RuleMeta {
  id: string;
  category: RuleCategory;
  /** One sentence: what the rule flags. */
  description: string;
  /** Severity in the `recommended` preset ('off' when not in it). */
  recommended: Severity;
  /** Severity in the `strict` preset. */
  strict: Severity;
  /** The catalogue pattern the rule serves. */
  pattern: PatternId;
  /** Default options; a config can override any key. */
  defaultOptions?: Record<string, unknown>;
  /** Options the `strict` preset sets over the defaults (a config still overrides them). */
  strictOptions?: Record<string, unknown>;
  /**
   * The rule's advice holds for foreign tables too. A foreign table's rows live in another
   * database: Postgres keeps no keys, indexes, policies or storage for one here (it refuses
   * PRIMARY KEY, UNIQUE, FOREIGN KEY, CREATE INDEX and ROW LEVEL SECURITY on it) and its column
   * types mirror the remote's, so only rules about what is chosen here (names, width) visit them.
   */
  foreignTables?: boolean;
  /**
   * The rule's advice holds for a platform's or tool's own tables too (Supabase's auth and
   * storage tables, pg_partman's templates, pg_cron's jobs: see `isToolSchemaTable`). The
   * platform creates, owns and migrates them; the application cannot change their columns, keys,
   * indexes or names, so only rules about what the application adds to them (row-level security
   * policies, which Supabase applications write on storage.objects) visit them.
   */
  platformTables?: boolean;
}

/** Where a finding is: the object it is about. */
export interface Target {
  schema: string;
  table?: string;
  column?: string;
  /** An index, constraint, trigger, view, function... name when the finding is about one. */
  name?: string;
}

/** A fix: schema changes to apply, or a pattern to turn on for a table. */
export type Fix =
  | { kind: 'changes'; description: string; changes: SchemaChange[] }
  | { kind: 'pattern'; description: string; pattern: string; target: QualifiedName; params?: Record<string, unknown> };

export interface Report {
  target: Target;
  message: string;
  /** Why it matters and what to do, in a sentence or two. */
  help: string;
  /** Defaults to the source of the target object. */
  source?: SourceRange;
  fix?: Fix;
  /** Riskier alternatives the user chooses between (not applied automatically). */
  suggestions?: Fix[];
  /**
   * A design question rather than a defect: the rule cannot tell from the schema whether the
   * advice applies (an ORM may keep the column current; the function is only called by its
   * owner). Reported at `info` whatever the rule's severity, so it never fails a check.
   */
  suggestion?: true;
}

export interface RuleContext {
  schema: Schema;
  index: SchemaIndex;
  options: Record<string, unknown>;
  report(report: Report): void;
}

export interface Visitor {
  table?(table: Table): void;
  view?(view: View): void;
  routine?(routine: RoutineDef): void;
  type?(type: UserType): void;
  /** Called once after every object was visited. */
  end?(): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): Visitor;
}

export interface Diagnostic {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  help: string;
  target: Target;
  /** 1-based; 0 when the object has no source (added by a design edit or a pattern). */
  line: number;
  column: number;
  source?: SourceRange;
  fix?: Fix;
  suggestions?: Fix[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
