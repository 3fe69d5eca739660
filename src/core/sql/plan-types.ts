/** What the planner produces: statements with their hazards and their reverse. */

export type Hazard =
  /** Takes ACCESS EXCLUSIVE on a table that exists: blocks reads and writes while it runs or waits. */
  | 'access-exclusive-lock'
  /** Rewrites every row of the table (and its indexes). */
  | 'table-rewrite'
  /** Loses data: dropped columns, tables, types with their values. */
  | 'deletes-data'
  /** Builds an index (concurrently: no write block, but a long scan and it cannot run in a transaction). */
  | 'index-build'
  /** Scans the table to validate a constraint (SHARE UPDATE EXCLUSIVE: writes go on). */
  | 'validation-scan'
  /** Moves data with UPDATE: row locks and table bloat proportional to the rows touched. */
  | 'backfill'
  /** Converts existing values (a cast, a copy into a new type): fails if a row does not convert. */
  | 'may-fail-on-data'
  /**
   * Converts every value but rounds or truncates some (fewer fractional-second digits, a coarser
   * interval, fewer decimal places): Postgres does it without an error, and what is cut off is
   * lost (the down migration widens the type again but cannot bring it back).
   */
  | 'rounds-values'
  /** An index (or a key's index) of a table that stays is gone: queries that used it may slow down. */
  | 'index-dropped'
  /** Changes who may read or write objects in use: row-level security, policies, privileges. */
  | 'authz-change';

/** When in the migration a statement runs: earlier phases first. */
export type Phase =
  /** Checks on the data that refuse the migration before anything changes (a DO block that raises). */
  | 'guards'
  | 'prepare'
  /**
   * Views, and functions whose SQL-standard bodies read relations, dropped (to go, or to be
   * created again around a change to what they read), dependants first.
   */
  | 'drop-views'
  /** Triggers, policies, keys, indexes, defaults that depend on something the migration changes. */
  | 'drop-dependents'
  /** Functions and types dropped to be created anew (CREATE OR REPLACE cannot change them). */
  | 'drop-replaced'
  | 'types'
  | 'functions'
  | 'tables'
  | 'columns'
  | 'constraints'
  | 'indexes'
  | 'foreign-keys'
  /**
   * Data migrations (a pattern's backfill): after the columns they fill and the NOT VALID
   * constraints exist, before those are validated and before NOT NULL or a drop that needs the data.
   */
  | 'backfill'
  | 'validate'
  /** Views, and SQL functions whose bodies read tables or views, in dependency order. */
  | 'views'
  | 'triggers'
  | 'comments'
  /** GRANT / REVOKE and ALTER DEFAULT PRIVILEGES: once every object they name exists. */
  | 'privileges'
  | 'drop-tables'
  | 'drop-objects';

export interface PlannedStatement {
  sql: string;
  /** One line for the comment above the statement. */
  description: string;
  hazards: Hazard[];
  /** False for statements Postgres refuses inside a transaction block (CONCURRENTLY, ...). */
  transactional: boolean;
  /**
   * Runs in a transaction of its own: VALIDATE CONSTRAINT after the ADD ... NOT VALID committed,
   * so the brief ACCESS EXCLUSIVE lock of the ADD is not held through the validation scan.
   */
  ownTransaction?: boolean;
  /** SQL that undoes it, for the down migration; undefined when it cannot be undone. */
  reverse?: string;
  /** What `reverse` risks on a live table, for its comment in the down migration. */
  reverseHazards?: Hazard[];
  /**
   * The safe form of `reverse` when one statement cannot be safe: a dropped key built again
   * CONCURRENTLY then taken over USING INDEX, a check or foreign key added NOT VALID then
   * validated in its own transaction, NOT NULL proven by a validated check (the up path's own
   * statements). The down migration runs these instead of `reverse`; `reverse` stays as the
   * one-statement form for tools that send a whole file as one query string (segments.ts).
   */
  undo?: PlannedStatement[];
  /**
   * On a down statement that is one of several undoing one up statement (its `undo`): the index
   * of that up statement in `up`, which links them when `reverse` no longer equals the SQL.
   */
  undoes?: number;
  /** Loses data: emitted only with allowDestructive. */
  destructive: boolean;
  /**
   * Squawk rules this statement cannot satisfy, with why (an EXCLUDE constraint cannot be added
   * NOT VALID...): printed as Squawk's own `-- squawk-ignore` comment above it.
   */
  squawkIgnore?: { rules: string[]; reason: string };
  phase: Phase;
  /**
   * Set on an `ALTER TABLE ... ALTER COLUMN` that rewrites the table (a type change) or that
   * goes with one (the default dropped before it and set after): the table (as SQL) and the
   * subcommand, so that the rewrites of one table are merged into one statement (plan-rewrites.ts).
   */
  rewrite?: { table: string; clause: string; reverseClause: string; type: boolean };
}

export interface MigrationPlan {
  up: PlannedStatement[];
  /** The reverses of `up`, last first. */
  down: PlannedStatement[];
  /**
   * Things the user should know: skipped destructive steps (`Skipped ...`), irreversible steps
   * (`Not reversible: ...`), and changes the planner refuses to make (`Refused: ...`, with what
   * the user must do instead; see `refusals`).
   */
  notes: string[];
}

export const PHASES: Phase[] = [
  'guards', 'drop-views', 'prepare', 'drop-dependents', 'drop-replaced', 'types', 'functions', 'tables', 'columns',
  'constraints', 'indexes', 'foreign-keys', 'backfill', 'validate', 'views', 'triggers', 'comments', 'privileges', 'drop-tables', 'drop-objects',
];
