/**
 * SARIF 2.1.0, the format GitHub code scanning uploads (github/codeql-action/upload-sarif): one
 * run, the rules that ran as reporting descriptors, one result per finding with its location.
 * The import's errors and warnings are results too, of their own rule (`parse`, described below):
 * GitHub annotates results on the line, while tool notifications only show in the run's status,
 * and a statement the importer could not read must be seen where it is.
 */
import type { Rule } from '../../core/rules';
import type { LintedFile } from './types';

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

/** The rule id import issues are reported under (also the stylish and JSON outputs' word for them). */
export const IMPORT_RULE_ID = 'parse';

const IMPORT_RULE = {
  id: IMPORT_RULE_ID,
  name: 'import',
  shortDescription: { text: 'A statement the importer could not read, or read with reservations; notes on how the file was read' },
  fullDescription: {
    text: 'The file is read as psql runs it, statement by statement. A statement with a syntax error, or one Postgres would reject, is skipped: what it makes or changes is missing from the linted schema. A warning says what was read with reservations (a statement kind not modelled, a name truncated). A note says how something was read (a migration\'s Down part left out, a view column whose type is unknown).',
  },
  help: { text: 'Fix the statement, or run with --fail-on-import off to lint what was read without failing.' },
  defaultConfiguration: { level: 'error' },
  properties: { category: 'import' },
};

export function formatSarif(files: LintedFile[], rules: Rule[], docsBaseUrl: string | undefined, version: string): string {
  const ruleIds = [...rules.map((r) => r.meta.id), IMPORT_RULE_ID];
  const ruleDescriptors = rules.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    ...(docsBaseUrl ? { helpUri: `${docsBaseUrl.replace(/\/$/, '')}/${rule.meta.id}.md` } : {}),
    help: { text: `${rule.meta.description} See docs/rules/${rule.meta.id}.md.` },
    defaultConfiguration: { level: rule.meta.recommended === 'off' ? 'none' : LEVEL[rule.meta.recommended] },
    properties: { category: rule.meta.category, pattern: rule.meta.pattern },
  }));
  const descriptors = [...ruleDescriptors, IMPORT_RULE];
  const location = (file: string, line: number, column: number) => ({
    physicalLocation: {
      artifactLocation: { uri: file.replace(/\\/g, '/') },
      region: { startLine: Math.max(line, 1), startColumn: Math.max(column, 1) },
    },
  });
  const results = files.flatMap((file) => [
    ...file.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ...(ruleIds.includes(d.ruleId) ? { ruleIndex: ruleIds.indexOf(d.ruleId) } : {}),
      level: LEVEL[d.severity],
      message: { text: `${d.message} ${d.help}` },
      locations: [location(file.name, d.line, d.column)],
    })),
    ...file.parseIssues.map((i) => ({
      ruleId: IMPORT_RULE_ID,
      ruleIndex: ruleIds.indexOf(IMPORT_RULE_ID),
      level: i.severity === 'warning' ? 'warning' : i.severity === 'info' ? 'note' : 'error',
      message: { text: i.message },
      locations: [location(file.name, i.line, i.column)],
    })),
  ]);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Schemawise', version, informationUri: 'https://www.postgresql.org/docs/current/ddl.html', rules: descriptors } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
