/**
 * The lint run: one walk over the model, every enabled rule's visitor called per object, reports
 * turned into diagnostics with severity from the configuration and locations from the model, then
 * suppression comments applied.
 */
import type { Schema, SourceRange } from '../model/types';
import { keyOf } from '../model/names';
import { type RuleConfig, resolveSeverity } from './config';
import { RULES } from './registry';
import { isToolSchemaTable, withColumnLookup } from './heuristics';
import { buildSchemaIndex } from './schema-index';
import { withRoleCache } from './table-roles';
import { findIgnores, matchIgnore } from './suppression';
import type { Diagnostic, Report, Rule, Visitor } from './types';

export interface LintOptions {
  config?: RuleConfig;
  /** The SQL the schema came from, for `-- schemawise-ignore` comments. */
  sourceText?: string;
  /** Rules to run instead of the registry (tests). */
  rules?: Rule[];
}

export const UNUSED_IGNORE_RULE = 'unused-ignore';

/** `String.prototype.localeCompare` with the default locale, made once (it is what localeCompare uses). */
const collator = new Intl.Collator();

/** The source of the object a report is about, when the report does not give one. */
function sourceOf(schema: Schema, report: Report): SourceRange | undefined {
  if (report.source) return report.source;
  const { target } = report;
  if (target.table) {
    const table = schema.tables[keyOf({ schema: target.schema, name: target.table })];
    const view = table ? undefined : schema.views[keyOf({ schema: target.schema, name: target.table })];
    if (table && target.column) return table.columns.find((c) => c.name === target.column)?.source ?? table.source;
    return table?.source ?? view?.source;
  }
  return undefined;
}

export function lint(schema: Schema, options: LintOptions = {}): Diagnostic[] {
  const index = buildSchemaIndex(schema);
  const diagnostics: Diagnostic[] = [];
  const visitors: Visitor[] = [];
  /** The visitors of rules whose advice holds for foreign tables (RuleMeta.foreignTables). */
  const foreignVisitors: Visitor[] = [];
  /** The visitors of rules whose advice holds for a platform's own tables (RuleMeta.platformTables). */
  const platformVisitors: Visitor[] = [];
  for (const rule of options.rules ?? RULES) {
    const severity = resolveSeverity(rule.meta, options.config);
    if (severity === 'off') continue;
    const presetOptions = options.config?.preset === 'strict' ? rule.meta.strictOptions : undefined;
    const ruleOptions = { ...rule.meta.defaultOptions, ...presetOptions, ...options.config?.options?.[rule.meta.id] };
    const visitor = rule.create({
      schema,
      index,
      options: ruleOptions,
      report(report) {
        const source = sourceOf(schema, report);
        const diagnostic: Diagnostic = {
          ruleId: rule.meta.id,
          severity: report.suggestion ? 'info' : severity,
          message: report.message,
          help: report.help,
          target: report.target,
          line: source?.line ?? 0,
          column: source?.column ?? 0,
        };
        if (source) diagnostic.source = source;
        if (report.fix) diagnostic.fix = report.fix;
        if (report.suggestions?.length) diagnostic.suggestions = report.suggestions;
        diagnostics.push(diagnostic);
      },
    });
    visitors.push(visitor);
    if (rule.meta.foreignTables) foreignVisitors.push(visitor);
    if (rule.meta.platformTables) platformVisitors.push(visitor);
  }
  withColumnLookup(() => withRoleCache(() => {
    for (const table of index.tables) {
      const visiting = table.foreign ? foreignVisitors : isToolSchemaTable(table) ? platformVisitors : visitors;
      for (const v of visiting) v.table?.(table);
    }
    for (const view of Object.values(schema.views)) for (const v of visitors) v.view?.(view);
    for (const routine of Object.values(schema.routines)) for (const v of visitors) v.routine?.(routine);
    for (const type of Object.values(schema.types)) for (const v of visitors) v.type?.(type);
    for (const v of visitors) v.end?.();
  }));
  const kept = options.sourceText === undefined ? diagnostics : applySuppressions(diagnostics, options.sourceText);
  return kept.sort((a, b) => a.line - b.line || a.column - b.column || collator.compare(a.ruleId, b.ruleId));
}

function applySuppressions(diagnostics: Diagnostic[], sourceText: string): Diagnostic[] {
  const ignores = findIgnores(sourceText);
  if (ignores.length === 0) return diagnostics;
  const lines = sourceText.split('\n');
  const kept = diagnostics.filter((d) => {
    const statementLine = d.source?.statementLine ?? d.line;
    const ignore = matchIgnore(ignores, lines, d.ruleId, statementLine);
    if (!ignore) return true;
    ignore.used.add(d.ruleId);
    return false;
  });
  for (const ignore of ignores) {
    for (const rule of ignore.rules.filter((r) => !ignore.used.has(r))) {
      kept.push({
        ruleId: UNUSED_IGNORE_RULE,
        severity: 'warn',
        message: `schemawise-ignore ${rule} suppresses nothing here`,
        help: 'Remove the comment, or move it to the line just above the statement it is meant for.',
        target: { schema: '' },
        line: ignore.line,
        column: ignore.column,
      });
    }
  }
  return kept;
}
