/**
 * SARIF 2.1.0, the format GitHub code scanning uploads (github/codeql-action/upload-sarif): one
 * run, the rules that ran as reporting descriptors, one result per finding with its location.
 */
import type { Rule } from '../../core/rules';
import type { LintedFile } from './types';

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

export function formatSarif(files: LintedFile[], rules: Rule[], docsBaseUrl: string | undefined, version: string): string {
  const ruleIds = rules.map((r) => r.meta.id);
  const descriptors = rules.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    ...(docsBaseUrl ? { helpUri: `${docsBaseUrl.replace(/\/$/, '')}/${rule.meta.id}.md` } : {}),
    help: { text: `${rule.meta.description} See docs/rules/${rule.meta.id}.md.` },
    defaultConfiguration: { level: rule.meta.recommended === 'off' ? 'none' : LEVEL[rule.meta.recommended] },
    properties: { category: rule.meta.category, pattern: rule.meta.pattern },
  }));
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
      ruleId: 'parse',
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
