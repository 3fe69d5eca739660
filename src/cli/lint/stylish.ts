/**
 * Human output, grouped by file: `line:col  severity  message  rule-id`, then a summary line. The
 * import's errors and warnings are not rows here: the command prints them on standard error first
 * (file:line:column, as compilers do); the summary counts them, so that a clean-looking list is
 * not taken for a whole schema linted clean.
 */
import type { LintedFile } from './types';

const COLORS = { error: '\x1b[31m', warn: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m', bold: '\x1b[1m' };

export function formatStylish(files: LintedFile[], color: boolean): string {
  const paint = (code: keyof typeof COLORS, text: string) => (color ? `${COLORS[code]}${text}${COLORS.reset}` : text);
  const counts = { error: 0, warn: 0, info: 0 };
  const out: string[] = [];
  for (const file of files) {
    const rows = file.diagnostics
      .map((d) => ({ line: d.line, column: d.column, severity: d.severity, message: d.message, rule: d.ruleId }))
      .sort((a, b) => a.line - b.line || a.column - b.column);
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
  const issues = files.flatMap((file) => file.parseIssues);
  const importErrors = issues.filter((i) => i.severity === 'error').length;
  const importWarnings = issues.length - importErrors;
  const imported =
    issues.length === 0
      ? ''
      : `; import: ${plural(importErrors, 'error')}, ${plural(importWarnings, 'warning')} (listed on standard error)`;
  const clean = total === 0 && issues.length === 0;
  const summary = `${clean ? '✔' : '✖'} ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warn, 'warning')}, ${counts.info} info)${imported}`;
  out.push(clean ? paint('bold', summary) : paint(counts.error > 0 || importErrors > 0 ? 'error' : 'warn', summary));
  return `${out.join('\n')}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
