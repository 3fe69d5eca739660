/** Human output, grouped by file: `line:col  severity  message  rule-id`, then a summary line. */
import type { LintedFile } from './types';

const COLORS = { error: '\x1b[31m', warn: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m', bold: '\x1b[1m' };

export function formatStylish(files: LintedFile[], color: boolean): string {
  const paint = (code: keyof typeof COLORS, text: string) => (color ? `${COLORS[code]}${text}${COLORS.reset}` : text);
  const counts = { error: 0, warn: 0, info: 0 };
  const out: string[] = [];
  for (const file of files) {
    const rows = [
      ...file.parseIssues.map((i) => ({ line: i.line, column: i.column, severity: i.severity === 'warning' ? 'warn' as const : i.severity, message: i.message, rule: 'parse' })),
      ...file.diagnostics.map((d) => ({ line: d.line, column: d.column, severity: d.severity, message: d.message, rule: d.ruleId })),
    ].sort((a, b) => a.line - b.line || a.column - b.column);
    if (rows.length === 0) continue;
    out.push(paint('bold', file.name));
    for (const row of rows) {
      counts[row.severity]++;
      const where = `${row.line}:${row.column}`.padEnd(9);
      const label = { error: 'error', warn: 'warning', info: 'info' }[row.severity];
      out.push(`  ${paint('dim', where)} ${paint(row.severity, label.padEnd(7))}  ${row.message}  ${paint('dim', row.rule)}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warn + counts.info;
  const summary = `${total === 0 ? '✔' : '✖'} ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warn} warning${counts.warn === 1 ? '' : 's'}, ${counts.info} info)`;
  out.push(total === 0 ? paint('bold', summary) : paint(counts.error > 0 ? 'error' : 'warn', summary));
  return `${out.join('\n')}\n`;
}
