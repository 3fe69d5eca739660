/**
 * What the Problems panel lists: the linter's findings and the import's parse issues as one kind
 * of item, filtered by severity and grouped by rule or by table. Pure: no React.
 */
import { qualifiedKey, type Schema } from '../../core/model';
import type { ParseIssue } from '../../core/parse';
import type { Diagnostic, Fix, Target } from '../../core/rules';
import type { RuleInfo } from '../../worker/protocol';
import { displayName } from '../lib/display-name';
import { severityRank, worse, type Severity } from '../lib/severity';
import { minOf } from '../../core/lib/arrays';

/** The rule id parse issues are listed under. */
export const SYNTAX = 'syntax';
/** The rule id of an import's notes (info: how the file was read, not something that failed). */
export const IMPORT_NOTE = 'import-note';

export interface Problem {
  /** Unique in one import result, and the same for the same finding after a re-import. */
  key: string;
  severity: Severity;
  /** The rule that reported it, or `syntax` for a parse issue. */
  ruleId: string;
  message: string;
  help?: string;
  /** 1-based; 0 when the object has no source. */
  line: number;
  column: number;
  target?: Target;
  /** The canvas node (table or view key) the problem is about, when there is one. */
  node?: string;
  /** Where, in words: `memberships.user_id`, `public.audit_log`, `index users_email_idx`. */
  where: string;
  /** What the fix would do, when the rule offers one. */
  fix?: string;
  /** The fix itself (schema changes or a pattern to turn on), for the `apply-fix` command. */
  fixData?: Fix;
}

export interface ProblemGroup {
  key: string;
  title: string;
  /** The rule's one-sentence description, or the object kind for a table group. */
  subtitle?: string;
  /** A node of the canvas the group is about (table grouping). */
  node?: string;
  problems: Problem[];
  counts: Record<Severity, number>;
  worst: Severity;
}

export function emptyCounts(): Record<Severity, number> {
  return { error: 0, warn: 0, info: 0 };
}

function whereOf(target: Target): string {
  const table = target.table ? displayName({ schema: target.schema, name: target.table }) : undefined;
  if (table && target.column) return `${table}.${target.column}`;
  if (table && target.name) return `${table} · ${target.name}`;
  if (table) return table;
  if (target.name) return target.schema === 'public' ? target.name : `${target.schema}.${target.name}`;
  return `schema ${target.schema}`;
}

export function issueSeverity(issue: Pick<ParseIssue, 'severity'>): Severity {
  return issue.severity === 'warning' ? 'warn' : issue.severity;
}

/**
 * An import issue that is a note: it says how the file was read (the Down part of a goose file
 * left unread, a view column whose type is not known), not that a statement failed. Notes are
 * listed apart and not counted as parse issues: a newcomer must not read "1 parse issue" on a
 * file that imported fine.
 */
export function isImportNote(issue: Pick<ParseIssue, 'severity'>): boolean {
  return issue.severity === 'info';
}

/** The import's errors and warnings: what the "Parse issues" tile counts and the panel lists as problems. */
export function parseProblems(issues: readonly ParseIssue[]): ParseIssue[] {
  return issues.filter((issue) => !isImportNote(issue));
}

function issueProblem(issue: ParseIssue, index: number, ruleId: string): Problem {
  return { key: `${ruleId}:${index}`, severity: issueSeverity(issue), ruleId, message: issue.message, line: issue.line, column: issue.column, where: `line ${issue.line}` };
}

/** The import's notes, as items the Problems panel lists apart (choosing one selects its line). */
export function importNotes(issues: readonly ParseIssue[]): Problem[] {
  return issues.filter(isImportNote).map((issue, index) => issueProblem(issue, index, IMPORT_NOTE));
}

/** The findings and the import's errors and warnings (its notes are `importNotes`). */
export function toProblems(schema: Schema, diagnostics: Diagnostic[], issues: ParseIssue[]): Problem[] {
  const problems: Problem[] = parseProblems(issues).map((issue, index) => issueProblem(issue, index, SYNTAX));
  // Keys survive re-imports (the open problem stays open while the user types elsewhere).
  const seen = new Map<string, number>();
  diagnostics.forEach((diagnostic) => {
    const { target } = diagnostic;
    const base = `${diagnostic.ruleId}:${diagnostic.message}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const problem: Problem = {
      key: occurrence === 0 ? base : `${base}#${occurrence}`,
      severity: diagnostic.severity,
      ruleId: diagnostic.ruleId,
      message: diagnostic.message,
      help: diagnostic.help,
      line: diagnostic.line,
      column: diagnostic.column,
      target,
      where: whereOf(target),
    };
    const fix = diagnostic.fix?.description;
    if (fix) problem.fix = fix;
    if (diagnostic.fix) problem.fixData = diagnostic.fix;
    if (target.table) {
      const key = qualifiedKey(target.schema, target.table);
      if (schema.tables[key] || schema.views[key]) problem.node = key;
    }
    problems.push(problem);
  });
  return problems;
}

/**
 * The fix to offer first (the empty migration panel's "Try"): the most serious problem that has
 * one, the first of those in the list. An error's or a warning's fix before a suggestion's: a
 * newcomer's first migration should mend what the schema gets wrong, not answer a design question.
 */
export function firstFixable(problems: readonly Problem[]): Problem | undefined {
  let best: Problem | undefined;
  for (const problem of problems) {
    if (problem.fixData && (!best || severityRank(problem.severity) > severityRank(best.severity))) best = problem;
  }
  return best;
}

export function countBySeverity(problems: Problem[]): Record<Severity, number> {
  const counts = emptyCounts();
  for (const problem of problems) counts[problem.severity]++;
  return counts;
}

export function groupProblems(
  problems: Problem[],
  by: 'rule' | 'table',
  rules: Record<string, RuleInfo>,
): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    let key: string;
    let title: string;
    let subtitle: string | undefined;
    let node: string | undefined;
    if (problem.ruleId === SYNTAX) {
      key = SYNTAX;
      title = 'Parse issues';
      subtitle = 'Statements that did not parse or could not be applied; the rest of the script is still read.';
    } else if (by === 'rule') {
      key = `rule:${problem.ruleId}`;
      title = problem.ruleId;
      subtitle = rules[problem.ruleId]?.description;
    } else if (problem.target?.table) {
      key = `table:${problem.node ?? qualifiedKey(problem.target.schema, problem.target.table)}`;
      title = displayName({ schema: problem.target.schema, name: problem.target.table });
      node = problem.node;
    } else {
      key = `other:${problem.target?.schema ?? ''}`;
      title = problem.target ? `Schema ${problem.target.schema}` : 'Other';
      subtitle = 'Functions, types and other objects outside tables';
    }
    let group = groups.get(key);
    if (!group) {
      group = { key, title, problems: [], counts: emptyCounts(), worst: problem.severity };
      if (subtitle) group.subtitle = subtitle;
      if (node) group.node = node;
      groups.set(key, group);
    }
    group.problems.push(problem);
    group.counts[problem.severity]++;
    group.worst = worse(group.worst, problem.severity);
  }
  const list = [...groups.values()];
  const firstLine = (group: ProblemGroup) => minOf(group.problems.map((p) => p.line || Infinity));
  return list.sort((a, b) => {
    if (a.key === SYNTAX || b.key === SYNTAX) return a.key === SYNTAX ? -1 : 1;
    if (by === 'table') return firstLine(a) - firstLine(b) || a.title.localeCompare(b.title);
    return (
      severityRank(b.worst) - severityRank(a.worst) ||
      b.problems.length - a.problems.length ||
      a.title.localeCompare(b.title)
    );
  });
}
