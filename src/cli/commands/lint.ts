/** `schemawise lint <file.sql...>`: the rules over each file's schema, for people and for CI. */
import { existsSync, readFileSync } from 'node:fs';
import { importSql, initParser } from '../../core/parse';
import { isSeverity, lint, parseRuleConfig, RULES, RULES_BY_ID, type RuleConfig } from '../../core/rules';
import { importOptions, STRICT_SCHEMAS_HELP, STRICT_SCHEMAS_OPTION } from '../import-options';
import { EXIT, type Command } from '../command';
import { readInput, UsageError, writeOut } from '../io';
import { formatJson } from '../lint/json';
import { formatSarif } from '../lint/sarif';
import { formatStylish } from '../lint/stylish';
import type { LintedFile } from '../lint/types';

const DEFAULT_CONFIG = 'schemawise.config.json';
const FORMATS = ['stylish', 'json', 'sarif'];

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
${STRICT_SCHEMAS_HELP}
  -h, --help            show this help

In the SQL, "-- schemawise-ignore <rule-id>" on the line above a statement silences that rule for
it, "-- schemawise-ignore-file <rule-id>" for the file; an ignore that silences nothing is reported.

Exit codes: 0 no error-severity finding, 1 some error-severity finding or syntax error, 2 usage or
I/O error.
`,
  options: {
    ...STRICT_SCHEMAS_OPTION,
    format: { type: 'string' },
    rule: { type: 'string', multiple: true },
    config: { type: 'string' },
    preset: { type: 'string' },
    'docs-url': { type: 'string' },
  },
  async run({ values, positionals }) {
    if (positionals.length === 0) throw new UsageError('expected one or more SQL files (or - for standard input)');
    const format = (values.format as string | undefined) ?? 'stylish';
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (${FORMATS.join(', ')})`);
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
      files.push({ name: input.name, parseIssues: issues.filter((i) => i.severity !== 'info'), diagnostics: lint(schema, { config, sourceText: input.text }) });
    }
    if (format === 'json') await writeOut(formatJson(files));
    else if (format === 'sarif') await writeOut(formatSarif(files, RULES, values['docs-url'] as string | undefined, '0.1.0'));
    else await writeOut(formatStylish(files, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR));
    const failed = files.some((f) => f.diagnostics.some((d) => d.severity === 'error') || f.parseIssues.some((i) => i.severity === 'error'));
    return failed ? EXIT.findings : EXIT.ok;
  },
};
