/**
 * Everything the app shows, derived from the document (DESIGN.md §1): the baseline (import of the
 * source), the target (baseline + design edits + patterns), the findings on the target, the
 * changes between the two, the safe migration plan, its up and down scripts and the target DDL.
 * Pure and synchronous; the worker runs it off the main thread.
 */
import { applyChanges } from '../changes/apply';
import type { SchemaChange } from '../changes/types';
import { diff } from '../diff';
import type { Schema } from '../model/types';
import type { ImportResult } from '../parse/import';
import { lint } from '../rules/engine';
import type { Diagnostic } from '../rules/types';
import { planMigration } from '../sql/plan';
import { DEFAULT_PG_VERSION } from '../sql/versions';
import { planToSql, refusals } from '../sql/plan-sql';
import type { MigrationPlan } from '../sql/plan-types';
import { printSchema } from '../sql/print-schema';
import { applyDocumentPatterns, type PatternOutcome } from './patterns';
import type { SchemawiseDocument } from './types';

export interface DeriveOptions {
  /** Include statements that lose data (planner option). */
  allowDestructive?: boolean;
  /**
   * Print the target DDL (default true). The worker prints it after it has sent the findings
   * (printSchema on the target), so that a keystroke's findings do not wait for it.
   */
  printTarget?: boolean;
  /** Told as each step starts (the linter, then the differ and planner), for a progress display. */
  onStep?: (step: 'lint' | 'plan') => void;
}

/** A design edit that no longer applies (the source changed under it); it is left out. */
export interface EditProblem {
  index: number;
  kind: SchemaChange['kind'];
  message: string;
}

export interface DerivedDocument {
  baseline: Schema;
  target: Schema;
  /** Findings on the target schema. */
  diagnostics: Diagnostic[];
  lintError?: string;
  editProblems: EditProblem[];
  patternResults: PatternOutcome[];
  /** What turns the baseline into the target: the differ's changes plus the patterns' backfills. */
  changes: SchemaChange[];
  plan: MigrationPlan;
  /** Up-statements left out because they lose data (only without allowDestructive). */
  skipped: string[];
  /**
   * Changes the planner refuses (the target Postgres version lacks what they need, or Postgres
   * cannot make them as designed), each saying what the user must do instead: left out of the
   * migration, so the app must show them.
   */
  refused: string[];
  /** Set when diffing or planning failed; the plan is then empty. */
  planError?: string;
  upSql: string;
  downSql: string;
  /** The target schema as DDL; '' with `printTarget: false`. */
  targetDdl: string;
  /**
   * The design edits and the patterns' changes as statements, in the order they were made: the
   * source followed by these is the target as the user built it, which verify builds the target
   * from (not only from targetDdl, our print of the model, which it checks against it).
   */
  editsSql: string;
  /** Milliseconds spent linting, diffing and planning, and printing. */
  timings: { lint: number; plan: number; print: number };
}

const RENAMES = new Set(['rename-table', 'rename-column', 'rename-constraint', 'rename-index', 'rename-view', 'rename-enum-value']);
const SKIPPED_NOTE = /^Skipped \(loses data[^)]*\):\s*/;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `imported` must be `importSql(doc.sourceSql)`: the caller keeps it between calls, so a design
 * edit does not parse the source again.
 */
export function deriveDocument(doc: SchemawiseDocument, imported: ImportResult, options: DeriveOptions = {}): DerivedDocument {
  const baseline = imported.schema;

  // Edits one by one: an edit the source no longer allows (its table was deleted in the SQL) is
  // reported and skipped; the others still apply.
  let edited = baseline;
  const editProblems: EditProblem[] = [];
  const applied: SchemaChange[] = [];
  doc.edits.forEach((change, index) => {
    try {
      edited = applyChanges(edited, [change]);
      applied.push(change);
    } catch (error) {
      editProblems.push({ index, kind: change.kind, message: message(error) });
    }
  });

  const patterns = applyDocumentPatterns(edited, doc.patterns);
  const target = patterns.schema;

  const clock = () => globalThis.performance?.now() ?? Date.now();
  options.onStep?.('lint');
  const lintStart = clock();
  let diagnostics: Diagnostic[] = [];
  let lintError: string | undefined;
  try {
    diagnostics = lint(target, { config: doc.ruleConfig, sourceText: doc.sourceSql });
  } catch (error) {
    lintError = message(error);
  }

  options.onStep?.('plan');
  const planStart = clock();
  // Renames of objects the baseline has, so the differ emits RENAME instead of drop + add (a
  // rename of something the edits themselves added is just part of the added object).
  const renames: SchemaChange[] = [];
  let renamed = baseline;
  for (const change of applied) {
    if (!RENAMES.has(change.kind)) continue;
    try {
      renamed = applyChanges(renamed, [change]);
      renames.push(change);
    } catch {
      // Not in the baseline: nothing to rename in the database.
    }
  }

  let changes: SchemaChange[] = [];
  let plan: MigrationPlan = { up: [], down: [], notes: [] };
  let planError: string | undefined;
  try {
    changes = [...diff(baseline, target, { renames }), ...patterns.changes.filter((c) => c.kind === 'data-migration')];
    plan = planMigration(baseline, changes, { allowDestructive: (options.allowDestructive ?? false) || patterns.allowsDestructive, pgVersion: doc.pgVersion ?? DEFAULT_PG_VERSION });
  } catch (error) {
    planError = message(error);
  }
  const printStart = clock();
  const upSql = plan.up.length > 0 ? planToSql(plan.up) : '';
  const downSql = plan.down.length > 0 ? planToSql(plan.down) : '';
  const targetDdl = options.printTarget === false ? '' : printSchema(target);
  let editsSql = '';
  try {
    const edits = [...applied, ...patterns.changes];
    editsSql = edits.length > 0 ? planToSql(planMigration(baseline, edits, { allowDestructive: true }).up) : '';
  } catch (error) {
    // Verify then builds the target from our print only; the plan error is reported already.
    editsSql = `-- the design edits could not be written as statements: ${message(error).replace(/\n/g, ' ')}`;
  }
  const done = clock();
  const skipped = plan.notes.filter((note) => SKIPPED_NOTE.test(note)).map((note) => note.replace(SKIPPED_NOTE, ''));

  const derived: DerivedDocument = {
    baseline,
    target,
    diagnostics,
    editProblems,
    patternResults: patterns.results,
    changes,
    plan,
    skipped,
    refused: refusals(plan),
    upSql,
    downSql,
    targetDdl,
    editsSql,
    timings: { lint: planStart - lintStart, plan: printStart - planStart, print: done - printStart },
  };
  if (lintError) derived.lintError = lintError;
  if (planError) derived.planError = planError;
  return derived;
}
