/**
 * `schemawise apply <file.sql> --pattern <id>[=<schema.table>] ...`: the migration that turns on
 * design patterns (src/core/patterns) for a schema, or the whole resulting schema.
 */
import type { QualifiedName, Schema } from '../../core/model';
import { importSql, initParser } from '../../core/parse';
import { allowsDestructive, applyPatterns, parseParamText, PATTERNS, PATTERNS_BY_ID, isPatternId, type PatternApplication, type PatternId } from '../../core/patterns';
import { planMigration, printSchema } from '../../core/sql';
import { importOptions, STRICT_SCHEMAS_HELP, STRICT_SCHEMAS_OPTION } from '../import-options';
import { EXIT, type Command } from '../command';
import { readInput, reportImportIssues, UsageError, writeErr, writeOut } from '../io';
import { checkMigrationOutput, MIGRATION_OUTPUT_HELP, MIGRATION_OUTPUT_OPTIONS, pgVersionOption, writeMigration } from '../migration-output';

const PATTERN_LIST = PATTERNS.map((p) => `  ${p.id.padEnd(22)} ${p.scope === 'table' ? 'per table' : p.scope === 'materialized-view' ? 'per materialized view' : 'per schema'}`).join('\n');

function list(values: unknown): string[] {
  if (values === undefined) return [];
  return (Array.isArray(values) ? values : [values]).map(String);
}

function quoteName(ref: QualifiedName): string {
  const part = (s: string) => (/^[a-z_][a-z0-9_$]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`);
  return `${part(ref.schema)}.${part(ref.name)}`;
}

/** `schema.table`, `table` (found in any schema, public first), with "quoted" parts kept exact. */
function parseTarget(text: string): { schema?: string; name: string } {
  const parts = [...text.matchAll(/"((?:[^"]|"")*)"|([^.]+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.trim().toLowerCase()));
  return parts.length >= 2 ? { schema: parts[parts.length - 2]!, name: parts[parts.length - 1]! } : { name: parts[0] ?? '' };
}

function resolveTarget(schema: Schema, id: PatternId, text: string): QualifiedName {
  const pattern = PATTERNS_BY_ID[id];
  const candidates: QualifiedName[] = pattern.scope === 'materialized-view'
    ? Object.values(schema.views).filter((v) => v.materialized).map((v) => ({ schema: v.schema, name: v.name }))
    : Object.values(schema.tables).filter((t) => !t.partitionOf).map((t) => ({ schema: t.schema, name: t.name }));
  const wanted = parseTarget(text);
  const matches = candidates.filter((c) => c.name === wanted.name && (wanted.schema === undefined || c.schema === wanted.schema));
  const found = matches.find((c) => c.schema === 'public') ?? (matches.length === 1 ? matches[0] : undefined);
  if (found) return found;
  // A schema-level pattern names the table it creates (or completes): it need not exist.
  if (pattern.scope === 'schema') return { schema: wanted.schema ?? 'public', name: wanted.name };
  const what = pattern.scope === 'materialized-view' ? 'materialized view' : 'table';
  if (matches.length > 1) throw new UsageError(`${id}: ${text} is ambiguous; name one of: ${matches.map(quoteName).join(', ')}`);
  const names = candidates.map(quoteName).sort();
  throw new UsageError(`${id}: no ${what} ${text} in the file; ${names.length > 0 ? `${what}s: ${names.join(', ')}` : `the file has no ${what}s`}`);
}

export const applyCommand: Command = {
  name: 'apply',
  summary: 'print the migration that applies design patterns (audit columns, soft delete, outbox...) to a schema',
  usage: '<file.sql> --pattern <id>[=<schema.table>] [--pattern ...] [--param <id>.<key>=<value>] [--target-ddl | --down | --format <format> [--out <dir | file.zip>]]',
  help: `Imports the file, turns on each pattern for its table (or materialized view; schema-level
patterns take no table, or the table to create or complete), and prints the migration from the
file's schema to the schema with the patterns applied, safe for a live database (as diff prints
it): backfills included, in the order they need. With --target-ddl it prints the whole resulting
schema instead.

Patterns:
${PATTERN_LIST}

Options:
  --pattern <id>[=<schema.table>]
                        a pattern to apply, to the table given (repeat for more); a table
                        without a schema is looked up in every schema, public first
  --param <id>.<key>=<value>
                        a parameter for every application of pattern <id> (booleans true/false,
                        column lists a,b, mappings Value=table,Other=table)
  --target-ddl          print the resulting schema as DDL instead of the migration
${MIGRATION_OUTPUT_HELP}
  --allow-destructive   include steps that lose data; parameters that ask for them (dropTypeTag,
                        replacePeriodColumns) allow their own steps
${STRICT_SCHEMAS_HELP}
  -h, --help            show this help

Import errors and warnings are listed on standard error as file:line:column: severity: message.

Exit codes: 0 printed, 1 a pattern declined (the reason on standard error; the others are
applied) or the file has syntax errors, 2 usage error: unknown pattern, table or parameter (the
valid choices are listed), or I/O error.
`,
  options: {
    ...STRICT_SCHEMAS_OPTION,
    ...MIGRATION_OUTPUT_OPTIONS,
    pattern: { type: 'string', multiple: true },
    param: { type: 'string', multiple: true },
    'target-ddl': { type: 'boolean' },
    'allow-destructive': { type: 'boolean' },
  },
  async run({ values, positionals }) {
    if (positionals.length !== 1) throw new UsageError('expected one SQL file');
    checkMigrationOutput(values);
    if (values['target-ddl'] && (values.down || values.format !== undefined || values.out !== undefined)) throw new UsageError('--target-ddl prints the schema; it does not combine with --down, --format or --out');
    const specs = list(values.pattern);
    if (specs.length === 0) throw new UsageError(`give at least one --pattern; patterns: ${PATTERNS.map((p) => p.id).join(', ')}`);
    const wanted = specs.map((spec) => {
      const at = spec.indexOf('=');
      const id = at === -1 ? spec : spec.slice(0, at);
      if (!isPatternId(id)) throw new UsageError(`unknown pattern ${id}; patterns: ${PATTERNS.map((p) => p.id).join(', ')}`);
      const target = at === -1 ? undefined : spec.slice(at + 1);
      if (target === undefined && PATTERNS_BY_ID[id].scope !== 'schema') throw new UsageError(`${id} applies to a ${PATTERNS_BY_ID[id].scope === 'table' ? 'table' : 'materialized view'}: --pattern ${id}=<schema.table>`);
      return { id, target };
    });
    const params: Partial<Record<PatternId, Record<string, unknown>>> = {};
    for (const text of list(values.param)) {
      const m = /^([a-z-]+)\.([A-Za-z]+)=(.*)$/s.exec(text);
      if (!m) throw new UsageError(`--param expects <pattern>.<key>=<value>, not ${text}`);
      const [, id, key, value] = m as unknown as [string, string, string, string];
      if (!isPatternId(id)) throw new UsageError(`--param ${text}: unknown pattern ${id}; patterns: ${PATTERNS.map((p) => p.id).join(', ')}`);
      if (!wanted.some((w) => w.id === id)) throw new UsageError(`--param ${text}: pattern ${id} is not applied (add --pattern ${id}${PATTERNS_BY_ID[id].scope === 'schema' ? '' : '=<table>'})`);
      const spec = PATTERNS_BY_ID[id].params.find((p) => p.name === key);
      if (!spec) throw new UsageError(`--param ${text}: ${id} has no parameter ${key}; parameters: ${PATTERNS_BY_ID[id].params.map((p) => p.name).join(', ') || '(none)'}`);
      const parsed = parseParamText(spec, value);
      if (!parsed.ok) throw new UsageError(`--param ${text}: ${parsed.error}`);
      params[id] = { ...params[id], [key]: parsed.value };
    }

    const input = await readInput(positionals[0]!);
    await initParser();
    const imported = importSql(input.text, importOptions(values));
    const baseline = imported.schema;
    const applications: PatternApplication[] = wanted.map(({ id, target }) => ({
      pattern: id,
      ...(target !== undefined ? { target: resolveTarget(baseline, id, target) } : {}),
      ...(params[id] ? { params: params[id] } : {}),
    }));
    const applied = applyPatterns(baseline, applications);
    const declined = applied.results.filter((r) => !r.ok);
    if (values['target-ddl']) {
      await writeOut(printSchema(applied.schema));
    } else {
      const plan = planMigration(baseline, applied.changes, { allowDestructive: Boolean(values['allow-destructive']) || allowsDestructive(applications), pgVersion: pgVersionOption(values) });
      await writeMigration(plan, values);
    }
    await writeErr(declined.map((r) => `${input.name}: ${r.application.pattern}${r.application.target ? ` on ${quoteName(r.application.target)}` : ''} not applied: ${r.reason}\n`).join(''));
    const syntaxErrors = await reportImportIssues(input, imported.issues);
    return declined.length > 0 || syntaxErrors ? EXIT.findings : EXIT.ok;
  },
};
