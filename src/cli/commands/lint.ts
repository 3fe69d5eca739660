/** `schemawise lint <file.sql...>`: the rules over each file's schema, for people and for CI. */
import { appendAll } from '../../core/lib/arrays';
import { existsSync, readFileSync } from 'node:fs';
import { importSql, initParser } from '../../core/parse';
import { isSeverity, lint, parseRuleConfig, RULES, RULES_BY_ID, type RuleConfig } from '../../core/rules';
import { importOptions, STRICT_SCHEMAS_HELP, STRICT_SCHEMAS_OPTION } from '../import-options';
import { EXIT, type Command } from '../command';
import { readInput, reportImportIssues, UsageError, writeErr, writeOut } from '../io';
import { formatJson } from '../lint/json';
import { formatSarif } from '../lint/sarif';
import { formatStylish } from '../lint/stylish';
import { lintedFiles } from '../lint/located';
import type { LintedFile } from '../lint/types';

const DEFAULT_CONFIG = 'schemawise.config.json';
const FORMATS = ['stylish', 'json', 'sarif'];
/** What import issues fail the run (exit 1): see --fail-on-import in the help. */
const FAIL_ON_IMPORT = ['error', 'warning', 'off'];

function loadConfig(path: string | undefined): RuleConfig {
  const file = path ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read config ${file}`);
  }
  try {
    return parseRuleConfig(JSON.parse(text), new Set(RULES_BY_ID.keys()));
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}

export const lintCommand: Command = {
  name: 'lint',
  summary: 'check schemas against the design-pattern and Postgres design rules',
  usage: '<file.sql...> [--format stylish|json|sarif] [--rule <id>=<severity>] [--config <file>] [--preset recommended|strict]',
  help: `Imports each file (as psql would run it) and runs the rules over the resulting schema.
Findings point at the statement that made the object (or should have).

Options:
  --format <f>          stylish (default), json, or sarif (SARIF 2.1.0 for GitHub code scanning)
  --rule <id>=<sev>     set a rule's severity: off, info, warn or error (repeatable)
  --config <file>       rule configuration (default: ./${DEFAULT_CONFIG} if present):
                        { "preset": "strict", "rules": { "<id>": "warn" | ["warn", { options }] } }
  --preset <name>       recommended (default) or strict
  --docs-url <url>      base URL of docs/rules, for links in SARIF output
  --fail-on-import <l>  error (default): exit 1 when a statement could not be read (a syntax
                        error, or a statement Postgres would reject: what it makes is missing
                        from the linted schema); warning: also on an import warning (a
                        statement read with reservations, e.g. of a kind not modelled); off:
                        import issues are listed but never fail the run
${STRICT_SCHEMAS_HELP}
  -h, --help            show this help

Import errors and warnings are listed first, on standard error, as file:line:column: severity:
message (with stylish output; json and sarif include them in their output, under "parseIssues"
and as results of the rule "parse", with the import's info notes too: severity "info", SARIF
level "note", e.g. that a migration's Down part is not read).

In the SQL, "-- schemawise-ignore <rule-id>" on the line above a statement silences that rule for
it, "-- schemawise-ignore-file <rule-id>" for the file; an ignore that silences nothing is reported.

Exit codes: 0 no error-severity finding, 1 some error-severity finding or an import issue that
--fail-on-import fails on (by default an import error), 2 usage or I/O error.
`,
  options: {
    ...STRICT_SCHEMAS_OPTION,
    format: { type: 'string' },
    rule: { type: 'string', multiple: true },
    config: { type: 'string' },
    preset: { type: 'string' },
    'docs-url': { type: 'string' },
    'fail-on-import': { type: 'string' },
  },
  async run({ values, positionals }) {
    if (positionals.length === 0) throw new UsageError('expected one or more SQL files (or - for standard input)');
    const format = (values.format as string | undefined) ?? 'stylish';
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (${FORMATS.join(', ')})`);
    const failOnImport = (values['fail-on-import'] as string | undefined) ?? 'error';
    if (!FAIL_ON_IMPORT.includes(failOnImport)) throw new UsageError(`--fail-on-import must be one of ${FAIL_ON_IMPORT.join(', ')}, not "${failOnImport}"`);
    const config = loadConfig(values.config as string | undefined);
    const preset = values.preset as string | undefined;
    if (preset !== undefined) {
      if (preset !== 'recommended' && preset !== 'strict') throw new UsageError(`unknown preset "${preset}" (recommended, strict)`);
      config.preset = preset;
    }
    for (const setting of (values.rule as string[] | undefined) ?? []) {
      const [id, severity] = setting.split('=');
      if (!id || !RULES_BY_ID.has(id)) throw new UsageError(`unknown rule "${id ?? ''}" in --rule ${setting}`);
      if (!isSeverity(severity)) throw new UsageError(`--rule ${setting}: severity must be off, info, warn or error`);
      config.rules = { ...config.rules, [id]: severity };
    }
    await initParser();
    const files: LintedFile[] = [];
    for (const path of positionals) {
      const input = await readInput(path);
      const { schema, issues } = importSql(input.text, importOptions(values));
      // Before the findings, as a compiler lists what it could not read: with stylish output
      // (json and sarif carry them in their own output).
      if (format === 'stylish') await reportImportIssues(input, issues);
      appendAll(files, lintedFiles(input, issues, lint(schema, { config, sourceText: input.text }), format !== 'stylish'));
    }
    // Notes say how a file was read, not that something is wrong: they never fail the run.
    const importIssues = files.flatMap((f) => f.parseIssues).filter((i) => i.severity !== 'info');
    const importErrors = importIssues.filter((i) => i.severity === 'error').length;
    if (format === 'stylish' && importErrors > 0) {
      await writeErr(`schemawise lint: ${importErrors} import error${importErrors === 1 ? '' : 's'}: what ${importErrors === 1 ? 'that statement makes or changes is' : 'those statements make or change is'} missing from the linted schema\n`);
    }
    if (format === 'json') await writeOut(formatJson(files));
    else if (format === 'sarif') await writeOut(formatSarif(files, RULES, values['docs-url'] as string | undefined, '0.1.0'));
    else await writeOut(formatStylish(files, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR));
    const importFails = failOnImport === 'off' ? false : failOnImport === 'warning' ? importIssues.length > 0 : importErrors > 0;
    const failed = importFails || files.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
    return failed ? EXIT.findings : EXIT.ok;
  },
};
